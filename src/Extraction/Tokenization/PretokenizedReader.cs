using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>
/// Reads pretokenized text: whitespace separates tokens and each line is one sentence. Each token gets the kind
/// the tokenizer would give it (<c>вул.</c> is an abbreviation, <c>2016-го</c> a number, <c>#тег</c> a hashtag).
/// </summary>
public static class PretokenizedReader
{
    /// <summary>Appends the tokens and sentences of <paramref name="text"/> to the two lists.</summary>
    /// <remarks>Sentence token indices count in <paramref name="tokens"/> as it stands after the call.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="tokens"/> or <paramref name="sentences"/> is null.</exception>
    public static void Read(ReadOnlySpan<char> text, List<RawToken> tokens, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sentences);
        var scratch = new List<RawToken>(8);
        int sentenceFirst = tokens.Count;
        int i = 0;
        while (i <= text.Length)
        {
            if (i == text.Length || IsLineBreak(text[i]))
            {
                if (tokens.Count > sentenceFirst)
                {
                    sentences.Add(new Sentence(new TextSpan(tokens[sentenceFirst].Start, tokens[^1].End), sentenceFirst, tokens.Count - sentenceFirst));
                }
                sentenceFirst = tokens.Count;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            var chunk = text[start..i];
            var kind = UkrainianTokenizer.Instance.Classify(chunk, scratch);
            var flags = kind != TokenKind.Emoji && TokenNormalizer.NeedsNormalization(chunk) ? TokenFlags.NeedsNormalization : TokenFlags.None;
            tokens.Add(new RawToken(start, i - start, kind, flags));
        }
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
