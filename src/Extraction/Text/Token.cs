using Extraction.Morphology;

namespace Extraction.Text;

/// <summary>
/// One token of a document: its span in the original string, its kind, its surface text and normalized form,
/// and, when the morphology stage ran, its lemma, part of speech and features.
/// </summary>
/// <param name="Span">Where the token stands in the caller's original string.</param>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The surface text, exactly <c>original.Substring(Span.Start, Span.Length)</c>.</param>
/// <param name="Normalized">The text with apostrophes unified and stress marks, soft hyphens and zero-width characters removed.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind, string Text, string Normalized)
{
    /// <summary>The dictionary form, or <see langword="null"/> when morphology did not run.</summary>
    public string? Lemma { get; init; }

    /// <summary>The Universal Dependencies part of speech (<see cref="UniversalPos.X"/> when unknown).</summary>
    public UniversalPos Pos { get; init; }

    /// <summary>Universal Dependencies features such as <c>Case=Nom|Gender=Fem|Number=Sing</c>, or <see langword="null"/>.</summary>
    public string? Features { get; init; }
}
