using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>Splits Ukrainian text into tokens, scanning the caller's original characters (offsets never shift).</summary>
public sealed class UkrainianTokenizer
{
    /// <summary>The shared, stateless instance.</summary>
    public static UkrainianTokenizer Instance { get; } = new();

    private UkrainianTokenizer()
    {
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<RawToken> output)
    {
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int start = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                output.Add(new RawToken(start, i - start, char.IsDigit(text[start]) ? TokenKind.Number : TokenKind.Word, TokenFlags.None));
            }
            else
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                output.Add(new RawToken(start, i - start, TokenKind.Punctuation, TokenFlags.None));
            }
        }
    }

    /// <summary>Tokenizes <paramref name="text"/> into <see cref="Token"/> values.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = new List<RawToken>();
        Tokenize(text.AsSpan(), raw);
        var tokens = new Token[raw.Count];
        for (int i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            string surface = text.Substring(r.Start, r.Length);
            tokens[i] = new Token(r.Span, r.Kind, surface, TokenNormalizer.Normalize(surface));
        }
        return tokens;
    }
}
