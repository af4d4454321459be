using Extraction.Entities;

namespace Extraction.Relations;

/// <summary>The state lookups of the shipped knowledge base: nationality adjectives, capitals and ISO codes.</summary>
internal sealed class KnowledgeBaseStateLexicon : IStateLexicon
{
    private readonly KnowledgeBase _knowledgeBase;

    public KnowledgeBaseStateLexicon(KnowledgeBase knowledgeBase) =>
        _knowledgeBase = knowledgeBase ?? throw new ArgumentNullException(nameof(knowledgeBase));

    public StateReference? FindByNationalityAdjective(ReadOnlySpan<char> lemma) => From(_knowledgeBase.FindCountryByNationalityAdjective(lemma));

    public StateReference? FindByCapital(ReadOnlySpan<char> lemma) => From(_knowledgeBase.FindCountryByCapital(lemma));

    public StateReference? FindByIso(string iso) => From(_knowledgeBase.FindCountryByIso(iso));

    public StateReference? FindByName(ReadOnlySpan<char> name) =>
        _knowledgeBase.TryFind(name, EntityType.Country, out var entry) && entry.Type == EntityType.Country ? From(entry) : null;

    private static StateReference? From(KbEntry? country) =>
        country is null ? null : new StateReference(country.NameUk, country.NameEn, country.Wikidata, country.Iso);
}
