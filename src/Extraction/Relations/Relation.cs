using System.Collections.Immutable;
using Extraction.Text;

namespace Extraction.Relations;

/// <summary>A typed triple between two document-level entities.</summary>
/// <param name="SubjectId">The subject entity id.</param>
/// <param name="Predicate">The predicate.</param>
/// <param name="ObjectId">The object entity id.</param>
/// <param name="Modality">Asserted, possible or negated.</param>
/// <param name="Confidence">Confidence in [0, 1].</param>
/// <param name="Evidence">The span of the sentence that states the relation.</param>
/// <param name="Arguments">Extra arguments by name (<c>role</c>, <c>recipient</c>, <c>provider</c>, <c>target</c>, <c>weapon</c>, <c>domain</c>); values are entity ids or plain strings.</param>
/// <param name="SourceId">The entity the statement is attributed to, or <see langword="null"/>.</param>
public sealed record Relation(
    string SubjectId,
    Predicate Predicate,
    string ObjectId,
    Modality Modality,
    double Confidence,
    TextSpan Evidence,
    ImmutableDictionary<string, string?> Arguments,
    string? SourceId)
{
    /// <summary>The words that express the subject in the evidence (a mention, nationality adjective, demonym or pronoun).</summary>
    internal TextSpan SubjectAnchor { get; init; }

    /// <summary>The words that express the object in the evidence.</summary>
    internal TextSpan ObjectAnchor { get; init; }
}
