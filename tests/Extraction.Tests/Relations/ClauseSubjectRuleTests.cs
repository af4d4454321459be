using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>Rules that find a relation's subject outside its cue's own clause, through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class ClauseSubjectRuleTests
{
    private static List<string> Triples(string text, Predicate predicate) => PipelineTriples.WithModality(text, predicate);

    [FullPipelineFact]
    public void A_subjectless_that_clause_shares_the_main_clauses_giver() =>
        Triples("Туреччина заперечує, що передавала дрони Судану.", Predicate.Supplies).Should().Equal("Туреччина > безпілотник Negated");

    [FullPipelineFact]
    public void A_plant_for_producing_weapons_is_produced_by_the_builders_subject() =>
        Triples("Компанія Thales побудує в Польщі завод із виробництва зенітних ракет.", Predicate.Produces)
            .Should().Contain("Thales > зенітна ракета Possible");

    [FullPipelineFact]
    public void A_request_or_purchase_seeks_the_weapons_from_the_state_asked() =>
        Triples("Литва замовила у Швеції зенітні ракети.", Predicate.Seeks).Should().Equal("Литва > зенітна ракета Asserted");

    [FullPipelineFact]
    public void The_state_asked_for_a_weapon_is_not_read_as_its_owner() =>
        Triples("Литва замовила у Швеції зенітні ракети.", Predicate.Possesses).Should().BeEmpty();

    [FullPipelineFact]
    public void States_that_became_members_of_an_organization_are_members() =>
        Triples("Естонія та Латвія стали членами ЄС у 2004 році.", Predicate.MemberOf)
            .Should().BeEquivalentTo("Латвія > Європейський Союз Asserted", "Естонія > Європейський Союз Asserted");

    [FullPipelineFact]
    public void A_strike_on_a_site_attacks_the_place_it_is_in() =>
        Triples("Збройні сили України уразили склад боєприпасів у Курській області.", Predicate.Attacks)
            .Should().Equal("Збройні сили України > Курська область Asserted");

    [FullPipelineFact]
    public void We_in_a_quote_is_the_side_the_speaker_holds_a_title_of() =>
        Triples("Міністр оборони Норвегії Ола Ганссен відвідав Київ. «Ми передамо Україні нові гаубиці», — сказав Ганссен.", Predicate.Supplies)
            .Should().Equal("Норвегія > гаубиця Possible");

    [FullPipelineFact]
    public void We_without_a_known_side_is_no_argument() =>
        Triples("«Ми передамо Україні нові гаубиці», — сказав Ола Ганссен.", Predicate.Supplies).Should().BeEmpty();

    [FullPipelineFact]
    public void Who_permits_a_weapons_use_does_not_use_it() =>
        Triples("США не дозволяють Україні застосовувати ракети ATACMS по території Росії.", Predicate.Uses)
            .Should().NotContain(t => t.StartsWith("США > ", StringComparison.Ordinal));

    [FullPipelineFact]
    public void A_feminine_nationality_adjective_read_as_a_noun_still_owns_the_weapon() =>
        Triples("Вірменія розмістила на кордоні російську ядерну зброю.", Predicate.Possesses).Should().Contain("Росія > ядерна зброя Asserted");

    [Fact]
    public void Handing_over_to_a_state_is_no_report_by_it()
    {
        var result = Extractor.CreateDefault().Extract("Словаччина не передаватиме Україні зброю, заявив прем'єр-міністр Роберт Фіцо.");
        result.Relations.Should().NotBeEmpty().And.OnlyContain(r => r.SourceId == null || result.FindEntity(r.SourceId)!.Name == "Роберт Фіцо");
    }

    [FullPipelineFact]
    public void A_region_lies_only_in_a_state_and_a_town_in_its_region() =>
        Triples("Дрони летіли з Чернігівської області на Київську область. Вибух пролунав у Ніжині Чернігівської області.", Predicate.LocatedIn)
            .Should().Equal("Ніжин > Чернігівська область Asserted");

    [FullPipelineFact]
    public void Support_and_funding_received_from_a_state_are_cooperation()
    {
        Triples("Іран підтримує хуситів.", Predicate.CooperatesWith).Should().Equal("Іран > Хусити Asserted");
        Triples("Молдова отримала від ЄС новий транш.", Predicate.CooperatesWith).Should().Equal("Молдова > Європейський Союз Asserted");
        Triples("Франція підтримує ідею переговорів.", Predicate.CooperatesWith).Should().BeEmpty();
    }

    [Fact]
    public void A_person_after_a_title_is_the_source_not_the_channel_or_body()
    {
        var result = Extractor.CreateDefault().Extract("Росія атакувала Суми, повідомляє агентство з посиланням на Telegram голови Сумської ОВА Івана Мельника.");
        var attack = result.Relations.Should().ContainSingle(r => r.Predicate == Predicate.Attacks).Subject;
        result.FindEntity(attack.SourceId!)!.Name.Should().Be("Іван Мельник");
    }

    [Fact]
    public void A_titled_reporter_is_the_source_not_the_body_of_the_title()
    {
        var result = Extractor.CreateDefault().Extract("Росія вдарила по Сумах, повідомив голова Сумської ОВА Іван Мельник.");
        var attack = result.Relations.Should().ContainSingle(r => r.Predicate == Predicate.Attacks).Subject;
        result.FindEntity(attack.SourceId!)!.Name.Should().Be("Іван Мельник");
    }

    [FullPipelineFact]
    public void A_supply_rule_reads_a_dative_first_a_modal_verb_and_a_relative_clause()
    {
        Triples("Литва розглядає можливість передачі Україні своїх гаубиць.", Predicate.Supplies).Should().Contain("Литва > гаубиця Possible");
        Triples("Естонія заявила, що зможе передати гаубиці.", Predicate.Supplies).Should().Contain("Естонія > гаубиця Possible");
        Triples("Гаубиці, які Естонія передала Україні, вже на фронті.", Predicate.Supplies).Should().Contain("Естонія > гаубиця Asserted");
    }

    [FullPipelineFact]
    public void A_nationality_adjective_on_a_weapon_is_no_attack_target() =>
        Triples("Українські захисники знищили російський танк Т-90 біля Покровська.", Predicate.Attacks)
            .Should().NotContain(t => t.StartsWith("Україна > Росія", StringComparison.Ordinal));
}
