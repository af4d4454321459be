using System.Text;
using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Tests.Entities.Linking;

/// <summary>
/// Builds an <see cref="AnalysisDocument"/> by hand, as spaCy's <c>Doc(words=…, ents=…)</c>: text written with
/// inline mentions <c>[surface|TYPE]</c> or <c>[surface|TYPE|lemma]</c>. Sentences end at . ! ? followed by a space.
/// </summary>
internal static class AnnotatedDocument
{
    public static AnalysisDocument Parse(string annotated)
    {
        var text = new StringBuilder();
        var mentions = new List<(TextSpan Span, EntityType Type, string? Lemma)>();
        int i = 0;
        while (i < annotated.Length)
        {
            char c = annotated[i];
            if (c != '[')
            {
                text.Append(c);
                i++;
                continue;
            }
            int close = annotated.IndexOf(']', i);
            if (close < 0) throw new FormatException($"Unclosed '[' in: {annotated}");
            string[] parts = annotated[(i + 1)..close].Split('|');
            if (parts.Length is < 2 or > 3 || !EntityTypeNames.TryParse(parts[1], out var type))
            {
                throw new FormatException($"Bad mention '{annotated[i..(close + 1)]}'");
            }
            int start = text.Length;
            text.Append(parts[0]);
            mentions.Add((new TextSpan(start, text.Length), type, parts.Length == 3 ? parts[2] : null));
            i = close + 1;
        }

        var document = new AnalysisDocument(text.ToString());
        foreach (var (span, type, lemma) in mentions)
        {
            document.Mentions.Add(new MentionDraft(0, 0, span, type, 0.9) { Lemma = lemma });
        }
        AddSentences(document);
        return document;
    }

    private static void AddSentences(AnalysisDocument document)
    {
        string t = document.Text;
        int start = 0;
        for (int i = 0; i < t.Length; i++)
        {
            bool end = i == t.Length - 1 || (t[i] is '.' or '!' or '?' && t[i + 1] == ' ');
            if (!end) continue;
            document.Sentences.Add(new Sentence(new TextSpan(start, i + 1), 0, 0));
            start = i + 2;
        }
    }
}
