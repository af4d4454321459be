using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

/// <summary>
/// DESTROYED from a destroying verb with its agent, defence-force phrases the entity stage leaves out, and
/// LOCATED_IN from place mentions that nest their container — with a model that predicts nothing, so only rules fire.
/// </summary>
public sealed class ArgumentPhraseRuleTests
{
    private static string Surface(AnalysisDocument document, Extraction.Text.TextSpan span) => span.Substring(document.Text);

    [Fact]
    public void An_untagged_lower_case_air_defence_phrase_destroys_every_weapon_of_its_clause()
    {
        var document = Analyze("Уночі сили ППО збили чотири ракети та дрони.");
        int missiles = Mention(document, "ракети", EntityType.Weapon, "ракета");
        int drones = Mention(document, "дрони", EntityType.Weapon, "дрон");

        var relations = Extract(document);

        relations.Should().HaveCount(2).And.OnlyContain(r => r.Predicate == Predicate.Destroyed && r.Modality == Modality.Asserted);
        relations.Select(r => r.ObjectEntity).Should().BeEquivalentTo([missiles, drones]);
        relations.Should().OnlyContain(r => Surface(document, r.Anchors.Subject) == "сили ППО");
        document.Entities[relations[0].SubjectEntity].Name.Should().Be(ArgumentPhrases.AirDefence);
        document.Entities[relations[0].SubjectEntity].Type.Should().Be(EntityType.Organization);
    }

    [Fact]
    public void A_dative_agent_with_vdalosia_destroys()
    {
        var document = Analyze("Протиповітряній обороні вдалося знищити дванадцять безпілотників.");
        int drones = Mention(document, "безпілотників", EntityType.Weapon, "безпілотник");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.Destroyed);
        relation.ObjectEntity.Should().Be(drones);
        Surface(document, relation.Anchors.Subject).Should().Be("Протиповітряній обороні");
    }

    [Fact]
    public void An_impersonal_clause_has_no_agent_and_gives_no_triple()
    {
        var document = Analyze("Над Полтавою збито двадцять дронів.");
        Mention(document, "Полтавою", EntityType.Location, "Полтава");
        Mention(document, "дронів", EntityType.Weapon, "дрон");

        Extract(document).Should().BeEmpty();
    }

    [Fact]
    public void A_plain_dative_without_vdalosia_is_not_the_agent()
    {
        var document = Analyze("Протиповітряній обороні передали ракети.");
        Mention(document, "ракети", EntityType.Weapon, "ракета");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.Destroyed);
    }

    [Fact]
    public void A_tagged_abbreviation_takes_the_generic_head_before_it_and_keeps_its_entity()
    {
        var document = Analyze("Сили ППО знищили три ракети.");
        int airDefence = Mention(document, "ППО", EntityType.Organization, "Протиповітряна оборона");
        Mention(document, "ракети", EntityType.Weapon, "ракета");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.SubjectEntity.Should().Be(airDefence);
        Surface(document, relation.Anchors.Subject).Should().Be("Сили ППО");
    }

    [Fact]
    public void The_genitive_owner_of_an_attacking_weapon_is_the_agent()
    {
        var document = Analyze("Дрони ГУР уразили два літаки на аеродромі.");
        Mention(document, "Дрони", EntityType.Weapon, "дрон");
        int owner = Mention(document, "ГУР", EntityType.Organization, "ГУР");
        int planes = Mention(document, "літаки", EntityType.Weapon, "літак");

        var destroyed = Extract(document).Where(r => r.Predicate == Predicate.Destroyed).ToList();

        destroyed.Should().ContainSingle().Which.Should().Match<RelationDraft>(r => r.SubjectEntity == owner && r.ObjectEntity == planes);
    }

    [Fact]
    public void A_district_mention_nesting_its_city_is_located_in_the_city()
    {
        var document = Analyze("У Салтівському районі Харкова пролунали вибухи.");
        int district = Mention(document, "Салтівському районі Харкова", EntityType.Location, "Салтівський район Харкова");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.LocatedIn);
        relation.SubjectEntity.Should().Be(district);
        document.Entities[relation.ObjectEntity].Name.Should().Be("Харків");
        Surface(document, relation.Anchors.Subject).Should().Be("Салтівському районі");
        Surface(document, relation.Anchors.Object).Should().Be("Харкова");
        document.Mentions.Should().ContainSingle("the relation stage never adds or changes mentions");
    }

    [Fact]
    public void A_chain_of_administrative_units_links_adjacent_levels_only()
    {
        var document = Analyze("Пожежа сталася у селі Терни Лиманської громади Краматорського району.");
        int village = Mention(document, "Терни Лиманської громади Краматорського району", EntityType.Location, "Терни");

        var relations = Extract(document);

        relations.Should().HaveCount(2).And.OnlyContain(r => r.Predicate == Predicate.LocatedIn);
        relations.Select(r => (Surface(document, r.Anchors.Subject), Surface(document, r.Anchors.Object)))
            .Should().BeEquivalentTo([("Терни", "Лиманської громади"), ("Лиманської громади", "Краматорського району")]);
        relations.Should().ContainSingle(r => r.SubjectEntity == village);
    }

    [Fact]
    public void A_separately_tagged_place_followed_by_its_region_is_located_in_it()
    {
        var document = Analyze("Окупанти обстріляли Куп'янськ Харківської області.");
        int town = Mention(document, "Куп'янськ", EntityType.Location, "Куп'янськ");
        int region = Mention(document, "Харківської області", EntityType.Location, "Харківська область");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.LocatedIn && r.SubjectEntity == town && r.ObjectEntity == region);
    }

    [Fact]
    public void Coordinated_regions_are_not_split_into_a_containment()
    {
        var document = Analyze("Тривогу оголосили для Сумської та Харківської областей.");
        Mention(document, "Сумської та Харківської областей", EntityType.Location, "Сумська та Харківська області");

        Extract(document).Should().BeEmpty();
    }

    [Fact]
    public void A_place_followed_by_its_region_after_na_is_located_in_it()
    {
        var document = Analyze("Вибухи пролунали у Лебедині на Сумщині вночі.");
        int town = Mention(document, "Лебедині", EntityType.Location, "Лебедин");
        int region = Mention(document, "Сумщині", EntityType.Location, "Сумщина");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.LocatedIn && r.SubjectEntity == town && r.ObjectEntity == region);
    }

    [Fact]
    public void A_city_followed_by_a_city_after_u_is_not_a_containment()
    {
        var document = Analyze("Акції пройшли у Львові в Ужгороді та в Луцьку.");
        Mention(document, "Львові", EntityType.Location, "Львів");
        Mention(document, "Ужгороді", EntityType.Location, "Ужгород");
        Mention(document, "Луцьку", EntityType.Location, "Луцьк");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.LocatedIn);
    }

    [Fact]
    public void A_state_in_brackets_after_a_place_contains_it()
    {
        var document = Analyze("Форум пройде у Кіто (Еквадор) наступного року.");
        int city = Mention(document, "Кіто", EntityType.Location, "Кіто");
        int state = Mention(document, "Еквадор", EntityType.Country, "Еквадор");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.LocatedIn && r.SubjectEntity == city && r.ObjectEntity == state);
    }

    [Fact]
    public void A_nationality_adjective_on_a_place_or_a_company_locates_it_in_the_state()
    {
        var document = Analyze("Дрони атакували склад у російській Самарі, а російська компанія «Зоря» зупинила роботу.");
        int city = Mention(document, "Самарі", EntityType.Location, "Самара");
        int company = Mention(document, "Зоря", EntityType.Organization, "Зоря");

        var located = Extract(document).Where(r => r.Predicate == Predicate.LocatedIn).ToList();

        located.Select(r => r.SubjectEntity).Should().BeEquivalentTo([city, company]);
        located.Should().OnlyContain(r => document.Entities[r.ObjectEntity].Name == "Росія");
    }

    [Fact]
    public void A_nationality_adjective_on_a_weapon_is_no_location()
    {
        var document = Analyze("Російські дрони атакували Суми.");
        Mention(document, "дрони", EntityType.Weapon, "дрон");
        Mention(document, "Суми", EntityType.Location, "Суми");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.LocatedIn);
    }
}
