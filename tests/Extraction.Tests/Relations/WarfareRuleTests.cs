using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>ATTACKS from seizing a place and USES from putting weapons into action, through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class WarfareRuleTests
{
    private static List<string> Triples(string text)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string id) => result.FindEntity(id)!.Name;
        return result.Relations.Select(r => $"{Name(r.SubjectId)} {r.Predicate} {Name(r.ObjectId)}").ToList();
    }

    [FullPipelineFact]
    public void A_nationality_adjective_on_an_occupation_attacks_the_place() =>
        Triples("Російська окупація Херсона тривала вісім місяців.").Should().Contain("Росія Attacks Херсон");

    [FullPipelineFact]
    public void The_instrumental_agent_of_a_seizure_attacks_the_place_even_after_a_place_noun()
    {
        var triples = Triples("Аналітики підтвердили захоплення росіянами селища Новоселівка.");
        triples.Should().Contain("Росія Attacks Новоселівка");
        triples.Should().NotContain(t => t.Contains("LocatedIn"));
    }

    [FullPipelineFact]
    public void The_region_a_seized_place_lies_in_is_not_attacked_too()
    {
        var triples = Triples("Російські війська захопили село Степове на Запоріжжі.");
        triples.Where(t => t.Contains("Attacks")).Should().Equal("Росія Attacks Степове");
    }

    [FullPipelineFact]
    public void Weapons_sent_to_the_front_or_into_the_air_are_used_not_supplied()
    {
        var front = Triples("Білорусь почала відправляти на фронт старі гаубиці.");
        front.Should().Contain("Білорусь Uses гаубиця");
        front.Should().NotContain(t => t.Contains("Supplies"));
        Triples("Вранці Росія підняла в повітря винищувачі МіГ-31.").Should().Contain("Росія Uses МіГ-31");
        Triples("Росіяни спрямували на Одесу ударні дрони.").Should().Contain("Росія Attacks Одеса").And.Contain("Росія Uses ударний дрон");
    }

    [FullPipelineFact]
    public void A_weapon_with_a_nationality_that_strikes_is_used_by_that_state_whatever_case_it_reads_as()
    {
        Triples("Іранський дрон вдарив по складу в Ербілі.").Should().Contain(["Іран Uses безпілотник", "Іран Attacks Ербіль"]);
        Triples("Російські ракети влучили в підстанцію на Рівненщині.").Should().Contain(["Росія Uses ракета", "Росія Attacks Рівненщина"]);
    }

    [FullPipelineFact]
    public void Coordinated_modifiers_of_one_weapon_noun_are_one_argument() =>
        Triples("Уночі ППО збила кілька крилатих і балістичних ракет.").Should().Equal("Протиповітряна оборона Destroyed балістична ракета");

    [FullPipelineFact]
    public void The_instrumental_agent_of_a_passive_destroyed_the_weapon()
    {
        Triples("Ворожа САУ була знищена бійцями ЗСУ біля села.").Should().Contain("Збройні сили України Destroyed самохідна артилерійська установка");
        Triples("Уночі силами ППО було збито 15 безпілотників.").Should().Contain("Протиповітряна оборона Destroyed безпілотник");
    }

    [FullPipelineFact]
    public void A_passive_without_an_agent_destroys_nothing() =>
        Triples("За добу над областю збито 12 безпілотників.").Should().BeEmpty();
}

