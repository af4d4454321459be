using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>SANCTIONS through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class SanctionsRuleTests
{
    private static List<string> Sanctions(string text) => PipelineTriples.Of(text, Predicate.Sanctions);

    [FullPipelineFact]
    public void A_nationality_adjective_on_the_sanctions_is_the_sanctioner() =>
        Sanctions("Американські санкції проти Ірану набули чинності в понеділок.").Should().Equal("США > Іран");

    [FullPipelineFact]
    public void Sanctions_laid_on_a_state_target_it() =>
        Sanctions("Велика Британія наклала санкції на Білорусь через підтримку війни.").Should().Equal("Велика Британія > Білорусь");

    [FullPipelineFact]
    public void Whoever_falls_under_a_states_sanctions_is_their_target()
    {
        Sanctions("Олігарх Петро Коваленко потрапив під санкції Канади.").Should().Equal("Канада > Петро Коваленко");
        Sanctions("Росія опинилася під американськими санкціями.").Should().Equal("США > Росія");
    }

    [FullPipelineFact]
    public void Criticizing_anothers_sanctions_is_not_being_sanctioned() =>
        Sanctions("Китай критикує американські санкції.").Should().BeEmpty();

    [FullPipelineFact]
    public void A_force_listed_beside_sanctions_does_not_impose_them() =>
        Sanctions("Сторони обговорили посилення ППО та нові санкції проти Росії.").Should().BeEmpty();

    [FullPipelineFact]
    public void A_nationality_adjective_after_against_names_the_target_state() =>
        Sanctions("Австралія запровадила санкції проти двох іранських компаній.").Should().Equal("Австралія > Іран");

    [FullPipelineFact]
    public void Whoever_is_put_on_a_sanctions_list_is_sanctioned() =>
        Sanctions("Канада внесла до санкційного списку Олега Петренка.").Should().Equal("Канада > Олег Петренко");

    [FullPipelineFact]
    public void A_capital_imposes_sanctions_for_its_state() =>
        Sanctions("Лондон запровадив санкції проти Ірану.").Should().Equal("Велика Британія > Іран");

    [FullPipelineFact]
    public void A_common_noun_may_stand_between_against_and_the_target()
    {
        Sanctions("Канада запровадила санкції проти компанії «Ростех».").Should().Equal("Канада > Ростех");
        Sanctions("Японія ввела обмеження проти «Ростеху» та «Совкомфлоту».").Should().Equal("Японія > Ростех", "Японія > Совкомфлот");
    }

    [FullPipelineFact]
    public void Those_who_fall_under_sanctions_may_follow_the_verb() =>
        Sanctions("Під санкції Канади потрапили кілька російських банків.").Should().Equal("Канада > Росія");

    [FullPipelineFact]
    public void Restrictions_not_aimed_at_anyone_are_no_sanctions() =>
        Sanctions("Канада запровадила обмеження швидкості на дорогах.").Should().BeEmpty();

    [FullPipelineFact]
    public void The_organization_of_a_sanctioned_officials_title_is_not_sanctioned() =>
        Sanctions("Канада запровадила санкції проти очільника Ради директорів «Ростеху».").Should().NotContain("Канада > Ростех");

    [FullPipelineFact]
    public void Sanctions_against_a_capital_target_its_state() =>
        Sanctions("Оттава запровадила санкції проти Тегерана.").Should().Equal("Канада > Іран");

    [FullPipelineFact]
    public void A_named_company_after_sanctions_na_and_its_noun_is_the_target() =>
        Sanctions("ЄС наклав санкції на російську компанію «Совкомфлот».").Should().Contain("Європейський Союз > Совкомфлот");
}

