namespace Extraction.Text;

/// <summary>A sentence: its span in the original string and the range of its tokens.</summary>
/// <param name="Span">Where the sentence stands in the caller's original string (from its first token's start to its last token's end).</param>
/// <param name="FirstToken">Index of the sentence's first token in the document's token list.</param>
/// <param name="TokenCount">Number of tokens in the sentence.</param>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount)
{
    /// <summary>Index one past the sentence's last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
