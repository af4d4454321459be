using System.Collections.Immutable;

namespace Extraction.Entities;

/// <summary>A document-level entity: all mentions of one real-world referent.</summary>
/// <param name="Id">Document-unique id such as <c>E1</c>.</param>
/// <param name="Type">The entity type.</param>
/// <param name="Name">The canonical Ukrainian name (the fullest lemma seen).</param>
/// <param name="English">The English label from the knowledge base, or a transliteration.</param>
/// <param name="KnowledgeBaseId">A Wikidata id when the knowledge base knows the entity, else <see langword="null"/>.</param>
/// <param name="Iso">ISO 3166-1 alpha-2 code for countries, else <see langword="null"/>.</param>
/// <param name="MentionIds">Ids of the mentions of this entity, in text order.</param>
public sealed record Entity(
    string Id,
    EntityType Type,
    string Name,
    string? English,
    string? KnowledgeBaseId,
    string? Iso,
    ImmutableArray<string> MentionIds);
