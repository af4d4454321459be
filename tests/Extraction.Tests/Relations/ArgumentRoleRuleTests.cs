using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

/// <summary>SUPPLIES and VISITED read from case and preposition (<see cref="ArgumentRoleRules"/>), with a model that predicts nothing.</summary>
public sealed class ArgumentRoleRuleTests
{
    [Fact]
    public void Supplies_from_a_nominative_giver_with_the_dative_as_recipient()
    {
        var document = Analyze("Литва передала Молдові нові дрони.");
        int lithuania = Mention(document, "Литва", EntityType.Country, "Литва");
        int moldova = Mention(document, "Молдові", EntityType.Country, "Молдова");
        int drones = Mention(document, "дрони", EntityType.Weapon, "дрон");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.Supplies);
        relation.SubjectEntity.Should().Be(lithuania);
        relation.ObjectEntity.Should().Be(drones);
        relation.Modality.Should().Be(Modality.Asserted);
        relation.Arguments.Should().ContainSingle(a => a.Name == "recipient").Which.EntityIndex.Should().Be(moldova);
    }

    [Fact]
    public void Coordinated_givers_each_supply_and_a_modal_verb_makes_it_possible()
    {
        var document = Analyze("Норвегія та Данія можуть надати Литві винищувачі.");
        int norway = Mention(document, "Норвегія", EntityType.Country, "Норвегія");
        int denmark = Mention(document, "Данія", EntityType.Country, "Данія");
        Mention(document, "Литві", EntityType.Country, "Литва");
        Mention(document, "винищувачі", EntityType.Weapon, "винищувач");

        var relations = Extract(document);

        relations.Select(r => r.SubjectEntity).Should().BeEquivalentTo([norway, denmark]);
        relations.Should().OnlyContain(r => r.Predicate == Predicate.Supplies && r.Modality == Modality.Possible);
    }

    [Fact]
    public void A_dative_is_never_the_giver_even_when_the_model_says_so()
    {
        var document = Analyze("Литві передали гаубиці.");
        Mention(document, "Литві", EntityType.Country, "Литва");
        Mention(document, "гаубиці", EntityType.Weapon, "гаубиця");

        Extract(document, BiasOnlyModel(("SUPPLIES>", 9f))).Should().BeEmpty();
    }

    [Fact]
    public void Asking_for_a_supply_seeks_the_weapons_and_supplies_nothing()
    {
        var document = Analyze("Литва просить Францію про постачання гаубиць.");
        int lithuania = Mention(document, "Литва", EntityType.Country, "Литва");
        Mention(document, "Францію", EntityType.Country, "Франція");
        int howitzers = Mention(document, "гаубиць", EntityType.Weapon, "гаубиця");

        var relation = Extract(document).Should().ContainSingle().Subject;
        relation.Predicate.Should().Be(Predicate.Seeks);
        relation.SubjectEntity.Should().Be(lithuania);
        relation.ObjectEntity.Should().Be(howitzers);
    }

    [Fact]
    public void Arrival_at_a_place_is_a_visit()
    {
        var document = Analyze("Марта Ковальчук прибула до Варшави у вівторок.");
        int person = Mention(document, "Марта Ковальчук", EntityType.Person, "Марта Ковальчук");
        int place = Mention(document, "Варшави", EntityType.Location, "Варшава");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Should().Match<RelationDraft>(r => r.Predicate == Predicate.Visited && r.SubjectEntity == person && r.ObjectEntity == place);
    }

    [Fact]
    public void A_meeting_in_a_place_is_a_visit_of_its_nominative_participant_only()
    {
        var document = Analyze("Ола Свенсон зустрівся з Петром Гнатюком у Львові.");
        int guest = Mention(document, "Ола Свенсон", EntityType.Person, "Ола Свенсон");
        Mention(document, "Петром Гнатюком", EntityType.Person, "Петро Гнатюк");
        int place = Mention(document, "Львові", EntityType.Location, "Львів");

        var visits = Extract(document).Where(r => r.Predicate == Predicate.Visited).ToList();

        visits.Should().ContainSingle().Which.Should().Match<RelationDraft>(r => r.SubjectEntity == guest && r.ObjectEntity == place);
    }

    [Fact]
    public void A_host_meeting_in_the_capital_of_their_own_state_visits_nothing()
    {
        var document = Analyze("Міністр оборони Росії Іван Ковальов зустрівся з Оленою Дем'яненко у Москві.");
        Mention(document, "Міністр оборони", EntityType.Job, "міністр оборони");
        Mention(document, "Росії", EntityType.Country, "Росія", iso: "RU");
        Mention(document, "Іван Ковальов", EntityType.Person, "Іван Ковальов");
        Mention(document, "Оленою Дем'яненко", EntityType.Person, "Олена Дем'яненко");
        Mention(document, "Москві", EntityType.Location, "Москва");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.Visited);
    }

    [Fact]
    public void An_attacking_demonym_attacks_every_listed_place_and_uses_the_instrumental_weapon()
    {
        var document = Analyze("Росіяни атакували Суми та Конотоп дронами з Бєлгорода.");
        Mention(document, "Суми", EntityType.Location, "Суми");
        Mention(document, "Конотоп", EntityType.Location, "Конотоп");
        Mention(document, "дронами", EntityType.Weapon, "дрон");
        Mention(document, "Бєлгорода", EntityType.Location, "Бєлгород");

        var relations = Extract(document);

        relations.Where(r => r.Predicate == Predicate.Attacks).Select(r => document.Entities[r.ObjectEntity].Name)
            .Should().BeEquivalentTo(["Суми", "Конотоп"], "the place attacks come from is no target");
        relations.Should().ContainSingle(r => r.Predicate == Predicate.Uses);
        relations.Should().OnlyContain(r => document.Entities[r.SubjectEntity].Name == "Росія");
    }

    [Fact]
    public void An_attack_with_no_stated_attacker_gives_no_triple()
    {
        var document = Analyze("Уночі атакували Суми дронами.");
        Mention(document, "Суми", EntityType.Location, "Суми");
        Mention(document, "дронами", EntityType.Weapon, "дрон");

        Extract(document).Should().BeEmpty();
    }
}
