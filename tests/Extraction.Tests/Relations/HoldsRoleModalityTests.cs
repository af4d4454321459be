using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>The modality of a title in apposition, through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class HoldsRoleModalityTests
{
    private static List<Modality> RoleModalities(string text) =>
        Extractor.CreateDefault().Extract(text).Relations.Where(r => r.Predicate == Predicate.HoldsRole).Select(r => r.Modality).ToList();

    [FullPipelineFact]
    public void A_title_in_apposition_is_asserted_whatever_the_clauses_verb_says() =>
        RoleModalities("Прокурори просять суд заарештувати голову партії «Нова сила» Марію Коваль.").Should().Equal(Modality.Asserted);

    [FullPipelineFact]
    public void A_future_title_is_possible() =>
        RoleModalities("Майбутній прем'єр Канади Джон Сміт прибув до Оттави.").Should().Equal(Modality.Possible);
}
