using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;

namespace Extraction.Tests.Relations;

/// <summary>COOPERATES_WITH rules (<see cref="CooperationRules"/>) through the whole default pipeline, on sentences written for these tests.</summary>
public sealed class CooperationRuleTests
{
    private static List<string> Cooperation(string text) => PipelineTriples.Of(text, Predicate.CooperatesWith);

    [FullPipelineFact]
    public void States_a_forming_verb_lists_after_it_cooperate_pairwise() =>
        Cooperation("Аналітики говорять про вісь, яку утворюють Китай, Білорусь та Куба.")
            .Should().BeEquivalentTo("Китай > Білорусь", "Китай > Куба", "Білорусь > Куба");

    [FullPipelineFact]
    public void States_listed_before_a_forming_verb_cooperate_pairwise() =>
        Cooperation("Китай, Білорусь та Куба утворили новий блок.")
            .Should().BeEquivalentTo("Китай > Білорусь", "Китай > Куба", "Білорусь > Куба");

    [FullPipelineFact]
    public void The_members_a_bloc_noun_lists_after_a_dash_cooperate_pairwise() =>
        Cooperation("Нова вісь – Китай, Білорусь, Куба – загрожує сусідам.")
            .Should().BeEquivalentTo("Китай > Білорусь", "Китай > Куба", "Білорусь > Куба");

    [FullPipelineFact]
    public void The_enemy_a_state_is_helped_against_cooperates_with_no_one() =>
        Cooperation("Литва надає Молдові допомогу у боротьбі з агресією РФ.").Should().Equal("Литва > Молдова");

    [FullPipelineFact]
    public void An_aggressor_named_by_an_adjective_cooperates_with_no_one() =>
        Cooperation("Литва підтримує допомогу Молдові у війні із російськими окупантами.").Should().Equal("Литва > Молдова");

    [FullPipelineFact]
    public void Two_recipients_of_one_help_do_not_cooperate_with_each_other() =>
        Cooperation("Литва готова допомагати як Молдові, так і Грузії.").Should().NotContain("Молдова > Грузія");

    [FullPipelineFact]
    public void A_war_of_one_state_with_another_has_no_direction()
    {
        var result = Extractor.CreateDefault().Extract("Сенатор хоче домовитися про завершення війни Росії з Грузією.");
        result.Relations.Should().NotContain(r => r.Predicate == Predicate.Attacks || r.Predicate == Predicate.CooperatesWith);
    }

    [FullPipelineFact]
    public void The_giver_named_with_z_boku_cooperates_with_the_recipient_of_help() =>
        Cooperation("Сенатор виступав проти допомоги Молдові з боку Сполучених Штатів.").Should().Equal("США > Молдова");

    [FullPipelineFact]
    public void An_instrumental_after_the_genitive_recipient_is_the_supporter() =>
        Cooperation("Санкції мало що змінять, враховуючи економічну підтримку Білорусі Китаєм.").Should().Equal("Китай > Білорусь");

    [FullPipelineFact]
    public void A_nationality_adjective_on_help_names_the_giver() =>
        Cooperation("Американська допомога Молдові зросла.").Should().Equal("США > Молдова");

    [FullPipelineFact]
    public void Troops_sent_to_help_a_state_make_the_sender_its_partner() =>
        Cooperation("Режим Білорусі відправив свої війська на допомогу Росії у війні проти Грузії.").Should().Equal("Білорусь > Росія");

    [FullPipelineFact]
    public void Each_coordinated_partner_cooperates_with_the_side_but_not_with_each_other() =>
        Cooperation("Литва співпрацюватиме з Іраном, Сирією і Північною Кореєю.")
            .Should().BeEquivalentTo("Литва > Іран", "Литва > Сирія", "Литва > Північна Корея");

    [FullPipelineFact]
    public void A_partner_joined_by_a_takozh_z_cooperates_with_the_side_only() =>
        Cooperation("Литва давно співпрацює у сфері енергетики з Латвією, а також з Польщею.").Should().BeEquivalentTo("Литва > Латвія", "Литва > Польща");

    [FullPipelineFact]
    public void The_subject_of_a_coordinated_predicate_cooperates_with_the_partner() =>
        Cooperation("Литва надаватиме гранти малим громадам у прикордонних районах, а також співпрацюватиме з Латвією.")
            .Should().Equal("Литва > Латвія");

    [FullPipelineFact]
    public void A_party_only_talked_with_is_no_partner() =>
        Cooperation("Литва веде переговори з Латвією щодо навчання студентів.").Should().BeEmpty();

    [FullPipelineFact]
    public void Two_parties_a_thing_is_for_do_not_cooperate_with_each_other() =>
        Cooperation("Банк надав кредит для Молдови та Грузії.").Should().NotContain("Молдова > Грузія");

    [FullPipelineFact]
    public void A_nationality_adjective_on_a_weapon_names_no_partner() =>
        Cooperation("Молдова отримає більше американської зброї.").Should().BeEmpty();

    [FullPipelineFact]
    public void A_guarantor_of_security_cooperates_with_the_state_it_guards() =>
        Cooperation("Естонія є гарантом безпеки Латвії.").Should().Equal("Естонія > Латвія");

    [FullPipelineFact]
    public void A_group_supported_by_a_government_cooperates_with_its_state()
    {
        Cooperation("Кажуть, що підтримувана урядом Китаю група Storm здійснила кібератаку.").Should().Equal("Китай > Storm");
        Cooperation("Кредит надав Фонд розвитку, що підтримується урядом Японії.").Should().Equal("Фонд розвитку > Японія");
    }

    [FullPipelineFact]
    public void Forces_fighting_on_a_states_side_make_their_state_its_partner() =>
        Cooperation("Втрати серед білоруських військових, що воюють на боці Росії, зростають.").Should().Equal("Білорусь > Росія");

    [FullPipelineFact]
    public void A_state_depending_on_another_cooperates_with_it() =>
        Cooperation("Молдова залежить від Бухареста й фінансово, й у військовому плані.").Should().Equal("Молдова > Румунія");

    [FullPipelineFact]
    public void A_state_deploying_another_states_troops_cooperates_with_it() =>
        Cooperation("Росія перекинула на цей напрямок війська КНДР.").Should().Equal("Росія > Північна Корея");

    [FullPipelineFact]
    public void The_owner_of_a_programme_and_its_partner_cooperate() =>
        Cooperation("Програма МВФ з Молдовою розрахована на чотири роки.").Should().Equal("Міжнародний валютний фонд > Молдова");

    [FullPipelineFact]
    public void Co_organizers_of_one_event_cooperate() =>
        Cooperation("Організаторами форуму у Варшаві є НАТО та ОБСЄ.").Should().ContainSingle();

    [FullPipelineFact]
    public void A_government_named_by_its_leader_is_an_organization_that_cooperates()
    {
        Cooperation("Адміністрація Джо Байдена посилить свою підтримку Молдови.").Should().Equal("Адміністрація Джо Байдена > Молдова");
        Cooperation("Уряд Олафа Шольца уклав угоду з Польщею.").Should().Equal("Уряд Олафа Шольца > Польща");
    }

    [FullPipelineFact]
    public void The_subject_set_on_continuing_support_cooperates_with_the_supported() =>
        Cooperation("Литва націлена на продовження підтримки Молдови.").Should().Equal("Литва > Молдова");

    [FullPipelineFact]
    public void A_weapon_delivery_alone_is_supply_not_cooperation()
    {
        Cooperation("Литва надає Молдові ракети.").Should().BeEmpty();
        Cooperation("Литва надає Молдові ракети в рамках військової допомоги.").Should().Equal("Литва > Молдова");
    }

    [FullPipelineFact]
    public void Giving_intelligence_or_money_to_a_dative_recipient_is_cooperation()
    {
        Cooperation("Також з’ясувалося, що Іран надавала єменським хуситам супутникові дані.").Should().Equal("Іран > Хусити");
        Cooperation("Японія передала Молдові кошти на відбудову.").Should().Equal("Японія > Молдова");
    }
}
