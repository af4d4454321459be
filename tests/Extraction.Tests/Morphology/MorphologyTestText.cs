using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Tests.Morphology;

/// <summary>Builds analysed tokens from hand-written text split at spaces (independent of the tokenizer under rewrite).</summary>
internal static class MorphologyTestText
{
    private static readonly Lazy<MorphologyTagger> Tagger = new(() => new MorphologyTagger(MorphologyModel.Default));

    public static Token[] Analyze(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && text[i] != ' ') i++;
            int end = i;
            // Split trailing punctuation off a word.
            int wordEnd = end;
            while (wordEnd > start + 1 && char.IsPunctuation(text[wordEnd - 1]) && text[wordEnd - 1] is not '\'' and not '’') wordEnd--;
            Add(tokens, text, start, wordEnd);
            for (int p = wordEnd; p < end; p++) Add(tokens, text, p, p + 1);
        }
        var array = tokens.ToArray();
        MorphologyStage.Annotate(Tagger.Value, array, new TaggerWorkspace());
        return array;
    }

    private static void Add(List<Token> tokens, string text, int start, int end)
    {
        string surface = text[start..end];
        var kind = surface.Any(char.IsLetter) ? TokenKind.Word
            : surface.Any(char.IsDigit) ? TokenKind.Number
            : TokenKind.Punctuation;
        string normalized = surface.Replace('’', '\'').Replace('ʼ', '\'');
        tokens.Add(new Token(new TextSpan(start, end), kind, surface, normalized));
    }
}
