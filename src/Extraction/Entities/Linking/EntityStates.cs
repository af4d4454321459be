using Extraction.Pipeline;

namespace Extraction.Entities;

/// <summary>
/// Capital metonymy for the relation stage: "Москва постачає" means Росія where a predicate needs a state.
/// The linker sets <see cref="EntityDraft.StateIndex"/> when the state is itself mentioned; this adds the state
/// entity (with no mentions) on demand when it is not.
/// </summary>
internal static class EntityStates
{
    /// <summary>
    /// The index of the COUNTRY entity that the LOCATION entity <paramref name="entityIndex"/> stands for, adding it
    /// to <paramref name="document"/> when missing; -1 when the place is not a capital of the knowledge base.
    /// </summary>
    public static int GetOrAddState(AnalysisDocument document, int entityIndex, KnowledgeBase? kb = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entities = document.Entities;
        ArgumentOutOfRangeException.ThrowIfNegative(entityIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(entityIndex, entities.Count);
        var entity = entities[entityIndex];
        if (entity.StateIndex >= 0) return entity.StateIndex;
        if (entity.Type != EntityType.Location) return -1;

        var country = (kb ?? KnowledgeBase.Default).FindCountryByCapital(entity.Name);
        if (country is null) return -1;
        for (int i = 0; i < entities.Count; i++)
        {
            if (entities[i].Type == EntityType.Country && entities[i].Iso == country.Iso)
            {
                entity.StateIndex = i;
                return i;
            }
        }
        entities.Add(new EntityDraft(EntityType.Country, country.NameUk)
        {
            English = country.NameEn,
            KnowledgeBaseId = country.Wikidata,
            Iso = country.Iso,
        });
        entity.StateIndex = entities.Count - 1;
        return entity.StateIndex;
    }
}
