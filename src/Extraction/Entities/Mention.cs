using Extraction.Text;

namespace Extraction.Entities;

/// <summary>One mention of an entity in the text.</summary>
/// <param name="Id">Document-unique id such as <c>m1</c>.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Span">Where the mention stands in the caller's original string.</param>
/// <param name="Text">The surface text, exactly the characters of <paramref name="Span"/>.</param>
/// <param name="Lemma">The mention in its dictionary (nominative) form, e.g. <c>Сергій Шойгу</c> for <c>Сергієм Шойгу</c>.</param>
/// <param name="EntityId">The id of the document-level entity it belongs to, or <see langword="null"/> before linking.</param>
/// <param name="Confidence">The tagger's confidence in [0, 1].</param>
public sealed record Mention(string Id, EntityType Type, TextSpan Span, string Text, string Lemma, string? EntityId, double Confidence);
