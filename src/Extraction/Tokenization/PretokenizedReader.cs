using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>Reads pretokenized text: whitespace separates tokens and each line is one sentence.</summary>
public static class PretokenizedReader
{
    /// <summary>Appends the tokens and sentences of <paramref name="text"/> to the two lists.</summary>
    public static void Read(ReadOnlySpan<char> text, List<RawToken> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        int sentenceFirst = tokens.Count;
        int i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (tokens.Count > sentenceFirst)
                {
                    sentences.Add(new Sentence(new TextSpan(tokens[sentenceFirst].Start, tokens[^1].End), sentenceFirst, tokens.Count - sentenceFirst));
                }
                sentenceFirst = tokens.Count;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var flags = TokenNormalizer.NeedsNormalization(text[start..i]) ? TokenFlags.NeedsNormalization : TokenFlags.None;
            tokens.Add(new RawToken(start, i - start, TokenKind.Word, flags));
        }
    }
}
