using System.Runtime.InteropServices;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Adds the Latin-script name the tagger left out after an organization noun: "компанія Thales", "концерн Rheinmetall",
/// "корпорація Lockheed Martin". The noun settles the type; the name runs over the capitalized Latin words that follow.
/// </summary>
internal static class ClassifierNounNames
{
    private const int MaxNameWords = 4;

    /// <summary>Adds the missing mentions to <paramref name="document"/>, keeping the mentions in text order.</summary>
    public static void Apply(AnalysisDocument document)
    {
        var tokens = CollectionsMarshal.AsSpan(document.Tokens);
        var mentions = document.Mentions;
        var covered = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            for (int t = m.FirstToken; t < m.EndToken && t < covered.Length; t++) covered[t] = true;
        }
        List<MentionDraft>? added = null;
        for (int t = 0; t + 1 < tokens.Length; t++)
        {
            if (covered[t + 1] || !IsLatinName(tokens[t + 1]) || ClassifierNounRetyping.ClassOf(tokens, t) != EntityType.Organization) continue;
            int end = t + 2;
            while (end < tokens.Length && end - (t + 1) < MaxNameWords && !covered[end] && IsLatinName(tokens[end])) end++;
            var span = new TextSpan(tokens[t + 1].Span.Start, tokens[end - 1].Span.End);
            (added ??= []).Add(new MentionDraft(t + 1, end, span, EntityType.Organization, 0.5));
            t = end - 1;
        }
        if (added is null) return;
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    private static bool IsLatinName(in Token token) =>
        token.Kind == TokenKind.Word && token.Text.Length > 1 && token.Text[0] is >= 'A' and <= 'Z';
}
