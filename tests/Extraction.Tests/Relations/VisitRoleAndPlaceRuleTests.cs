using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>VISITED, HOLDS_ROLE, LOCATED_IN and SEEKS word orders through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class VisitRoleAndPlaceRuleTests
{
    private static List<string> Relations(string text, Predicate predicate) => PipelineTriples.WithModality(text, predicate);

    [FullPipelineFact]
    public void A_visitor_named_after_the_verb_of_arrival_visits_the_place_before_it()
    {
        Relations("До Праги прилетів Андрій Коваленко.", Predicate.Visited).Should().Equal("Андрій Коваленко > Прага Asserted");
        Relations("У Вільнюс прибув міністр оборони Данії Петро Мельник.", Predicate.Visited).Should().Equal("Петро Мельник > Вільнюс Asserted");
    }

    [FullPipelineFact]
    public void A_diplomats_posting_is_no_visit_where_they_meet() =>
        Relations("Посол Канади в Польщі Олена Петренко зустрілася з мером Гданська.", Predicate.Visited).Should().BeEmpty();

    [FullPipelineFact]
    public void A_title_after_a_comma_at_the_end_of_the_sentence_gives_the_role()
    {
        Relations("На переговори прибув Петро Мельник, прем'єр-міністр Естонії.", Predicate.HoldsRole).Should().Equal("Петро Мельник > Естонія Asserted");
    }

    [FullPipelineFact]
    public void The_role_is_the_title_before_the_state_not_a_title_later_in_the_sentence()
    {
        var result = Extractor.CreateDefault().Extract("Посол Канади в Польщі Олена Петренко зустрілася з мером Гданська.");
        result.Relations.Should().Contain(r => r.Predicate == Predicate.HoldsRole)
            .Which.Arguments["role"].Should().Be("посол");
    }

    [FullPipelineFact]
    public void A_quoted_name_before_the_verb_of_placing_lies_in_the_place_after_it() =>
        Relations("Завод «Арсенал» розташований у Львівській області.", Predicate.LocatedIn).Should().Equal("Арсенал > Львівська область Asserted");

    [FullPipelineFact]
    public void Wishing_to_receive_from_a_provider_is_seeking_and_stated_as_fact()
    {
        Relations("Білорусь хоче отримати від Китаю бойові літаки.", Predicate.Seeks).Should().Equal("Білорусь > бойовий літак Asserted");
        Relations("Білорусь хоче отримати від Китаю бойові літаки.", Predicate.Supplies).Should().BeEmpty();
    }
}
