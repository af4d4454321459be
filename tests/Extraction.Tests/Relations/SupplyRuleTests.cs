using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>SUPPLIES where the giver is not a supply verb's subject, through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class SupplyRuleTests
{
    private static List<string> Supplies(string text)
    {
        var result = Extractor.CreateDefault().Extract(text);
        string Name(string? id) => id is null ? "-" : result.FindEntity(id)!.Name;
        return result.Relations.Where(r => r.Predicate == Predicate.Supplies)
            .Select(r => $"{Name(r.SubjectId)} > {Name(r.ObjectId)} > {Name(r.Arguments.GetValueOrDefault("recipient"))}").ToList();
    }

    [FullPipelineFact]
    public void The_provider_named_with_vid_supplies_what_the_receiver_got() =>
        Supplies("Словаччина отримала від Італії зенітні ракети Aster.").Should().BeEquivalentTo(
            "Італія > зенітна ракета > Словаччина", "Італія > Aster > Словаччина");

    [FullPipelineFact]
    public void A_permission_received_is_no_weapon_received() =>
        Supplies("Литва отримала від Швеції дозвіл на продаж гаубиць.").Should().BeEmpty();

    [FullPipelineFact]
    public void A_supply_participle_gives_the_weapon_to_its_instrumental_agent() =>
        Supplies("Гаубиці, передані Польщею Молдові, вже стоять на позиціях.").Should().Equal("Польща > гаубиця > Молдова");

    [FullPipelineFact]
    public void Without_an_agent_the_weapons_nationality_adjective_names_the_giver() =>
        Supplies("Шведські бойові машини, надані Литві, пройшли випробування.").Should().Equal("Швеція > бойова машина > Литва");

    [FullPipelineFact]
    public void The_giver_of_an_aid_package_supplies_the_weapons_it_contains()
    {
        Supplies("Новий пакет допомоги від Канади включає бронемашини та зенітні комплекси.").Should().BeEquivalentTo(
            "Канада > бронемашина > -", "Канада > зенітний комплекс > -");
        Supplies("Канада оголосила пакет допомоги, який містить бронемашини.").Should().Equal("Канада > бронемашина > -");
    }

    [FullPipelineFact]
    public void A_sanctions_package_supplies_nothing() =>
        Supplies("Пакет санкцій Канади включає заборону на експорт дронів.").Should().BeEmpty();

    [FullPipelineFact]
    public void The_perfective_verb_to_deliver_is_a_supply_verb() =>
        Supplies("Іспанія поставила Латвії бронемашини.").Should().Equal("Іспанія > бронемашина > Латвія");

    [FullPipelineFact]
    public void A_nationality_adjective_on_a_supply_noun_or_its_weapons_names_the_giver()
    {
        Supplies("Канадські поставки гаубиць Україні зросли.").Should().Equal("Канада > гаубиця > Україна");
        Supplies("Відправка іранських дронів до Білорусі триває.").Should().Equal("Іран > безпілотник > Білорусь");
    }

    [FullPipelineFact]
    public void Help_given_in_weapons_is_a_supply() =>
        Supplies("Бельгія допоможе Молдові бронемашинами.").Should().Equal("Бельгія > бронемашина > Молдова");

    [FullPipelineFact]
    public void Received_weapons_with_a_nationality_adjective_come_from_that_state() =>
        Supplies("Молдова отримала шведські гаубиці.").Should().Equal("Швеція > гаубиця > Молдова");

    [FullPipelineFact]
    public void Money_for_making_weapons_supplies_no_weapons() =>
        Supplies("Литва виділить 30 млн євро на виробництво дронів.").Should().BeEmpty();

    [FullPipelineFact]
    public void A_provider_the_morphology_reads_as_a_common_noun_still_governs_nothing() =>
        Supplies("Сирія отримала від Пхеньяну гаубиці.").Should().Equal("Північна Корея > гаубиця > Сирія");

    [FullPipelineFact]
    public void To_send_by_post_is_a_supply_verb() =>
        Supplies("Естонія надіслала Молдові зенітні комплекси.").Should().Equal("Естонія > зенітний комплекс > Молдова");

    [FullPipelineFact]
    public void A_state_the_weapons_are_sent_into_receives_them() =>
        Supplies("Латвія відправила в Молдову бронемашини.").Should().Equal("Латвія > бронемашина > Молдова");

    [FullPipelineFact]
    public void An_indeclinable_organization_after_the_verb_receives_the_weapons() =>
        Supplies("Норвегія передала ЗСУ гаубиці.").Should().Equal("Норвегія > гаубиця > Збройні сили України");

    [FullPipelineFact]
    public void The_instrumental_agent_of_a_supply_noun_is_the_giver() =>
        Supplies("Постачання Білоруссю снарядів триває.").Should().Equal("Білорусь > снаряд > -");

    [FullPipelineFact]
    public void Whoever_sends_an_aid_package_supplies_what_it_contains() =>
        Supplies("Норвегія направить Молдові пакет допомоги, який включає бронемашини.").Should().Equal("Норвегія > бронемашина > Молдова");

    [FullPipelineFact]
    public void Weapons_arriving_from_a_state_are_supplied_by_it() =>
        Supplies("До Молдови прибули бронемашини від Румунії.").Should().Equal("Румунія > бронемашина > Молдова");

    [FullPipelineFact]
    public void A_state_received_from_with_z_is_the_provider() =>
        Supplies("Сирія отримала з Ірану безпілотники.").Should().Equal("Іран > безпілотник > Сирія");

    [FullPipelineFact]
    public void Without_a_subject_the_provider_named_with_vid_supplies() =>
        Supplies("Молдові передадуть гаубиці від Франції.").Should().Equal("Франція > гаубиця > Молдова");
}

