using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>The modality of facts written into a noun phrase (a title in apposition, an owner of a weapon), through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class PhraseInternalModalityTests
{
    private static List<Modality> RoleModalities(string text) =>
        Extractor.CreateDefault().Extract(text).Relations.Where(r => r.Predicate == Predicate.HoldsRole).Select(r => r.Modality).ToList();

    [FullPipelineFact]
    public void A_title_in_apposition_is_asserted_whatever_the_clauses_verb_says() =>
        RoleModalities("Прокурори просять суд заарештувати голову партії «Нова сила» Марію Коваль.").Should().Equal(Modality.Asserted);

    [FullPipelineFact]
    public void A_future_title_is_possible() =>
        RoleModalities("Майбутній прем'єр Канади Джон Сміт прибув до Оттави.").Should().Equal(Modality.Possible);

    [FullPipelineFact]
    public void An_owner_written_into_the_weapons_phrase_possesses_it_whatever_the_clause_says() =>
        Extractor.CreateDefault().Extract("Розвідка не підтвердила, що російські бомбардувальники злетіли.").Relations
            .Where(r => r.Predicate == Predicate.Possesses).Select(r => r.Modality).Should().Equal(Modality.Asserted);
}
