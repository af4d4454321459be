using Extraction.Text;

namespace Extraction.Tokenization;

/// <summary>What the tokenizer saw inside a token that its normalized form must change.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>The token's normalized form equals its surface text.</summary>
    None = 0,
    /// <summary>The token holds an apostrophe other than U+0027, a stress mark, a soft hyphen or a zero-width character.</summary>
    NeedsNormalization = 1,
}

/// <summary>A token boundary found by the tokenizer: a compact value with no strings, so tokenizing allocates nothing per token.</summary>
/// <param name="Start">Index of the token's first code unit in the scanned text.</param>
/// <param name="Length">Number of code units.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Flags">Whether the normalized form differs from the surface.</param>
public readonly record struct RawToken(int Start, int Length, TokenKind Kind, TokenFlags Flags)
{
    /// <summary>Index one past the token's last code unit.</summary>
    public int End => Start + Length;

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, Start + Length);
}
