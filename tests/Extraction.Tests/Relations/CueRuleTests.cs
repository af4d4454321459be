using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

/// <summary>MET_WITH, MEMBER_OF and SANCTIONS read from cue words (<see cref="CueRules"/>), with a model that predicts nothing.</summary>
public sealed class CueRuleTests
{
    [Fact]
    public void A_nominative_person_meets_the_person_governed_by_z()
    {
        var document = Analyze("Остап Кравець провів телефонну розмову з Мартою Левицькою.");
        int ostap = Mention(document, "Остап Кравець", EntityType.Person, "Остап Кравець");
        int marta = Mention(document, "Мартою Левицькою", EntityType.Person, "Марта Левицька");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.MetWith && r.SubjectEntity == ostap && r.ObjectEntity == marta && r.Modality == Modality.Asserted);
    }

    [Fact]
    public void Coordinated_participants_of_a_future_meeting_pair_up_as_possible()
    {
        var document = Analyze("Остап Кравець та Марта Левицька зустрінуться наступного тижня.");
        Mention(document, "Остап Кравець", EntityType.Person, "Остап Кравець");
        Mention(document, "Марта Левицька", EntityType.Person, "Марта Левицька");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.MetWith);
        relation.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void A_meeting_noun_with_two_genitives_is_a_meeting()
    {
        var document = Analyze("Зустріч Кравця з Левицькою тривала дві години.");
        Mention(document, "Кравця", EntityType.Person, "Остап Кравець");
        Mention(document, "Левицькою", EntityType.Person, "Марта Левицька");

        Extract(document).Should().ContainSingle(r => r.Predicate == Predicate.MetWith);
    }

    [Fact]
    public void A_match_against_someone_is_not_a_meeting()
    {
        var document = Analyze("Остап Кравець проведе поєдинок із Мартином Левицьким.");
        Mention(document, "Остап Кравець", EntityType.Person, "Остап Кравець");
        Mention(document, "Мартином Левицьким", EntityType.Person, "Мартин Левицький");

        Extract(document).Should().BeEmpty();
    }

    [Fact]
    public void Accession_of_a_state_to_an_alliance_is_a_possible_membership()
    {
        var document = Analyze("Вступ Молдови до НАТО обговорюють давно.");
        int moldova = Mention(document, "Молдови", EntityType.Country, "Молдова");
        int nato = Mention(document, "НАТО", EntityType.Organization, "НАТО");

        var relation = Extract(document).Should().ContainSingle().Subject;

        relation.Should().Match<RelationDraft>(r => r.Predicate == Predicate.MemberOf && r.SubjectEntity == moldova && r.ObjectEntity == nato);
        relation.Modality.Should().Be(Modality.Possible);
    }

    [Fact]
    public void A_denied_accession_is_negated()
    {
        var document = Analyze("Молдова не вступатиме до НАТО.");
        Mention(document, "Молдова", EntityType.Country, "Молдова");
        Mention(document, "НАТО", EntityType.Organization, "НАТО");

        Extract(document).Should().ContainSingle().Which.Modality.Should().Be(Modality.Negated);
    }

    [Fact]
    public void A_centre_attached_to_a_council_is_its_member()
    {
        var document = Analyze("Аналітики Центру стратегічних комунікацій при Раді безпеки підготували звіт.");
        int centre = Mention(document, "Центру стратегічних комунікацій", EntityType.Organization, "Центр стратегічних комунікацій");
        int council = Mention(document, "Раді безпеки", EntityType.Organization, "Рада безпеки");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.MemberOf && r.SubjectEntity == centre && r.ObjectEntity == council);
    }

    [Fact]
    public void A_sanctioning_state_before_the_cue_sanctions_the_target_after_proty()
    {
        var document = Analyze("Норвегія запровадила нові санкції проти Білорусі.");
        int norway = Mention(document, "Норвегія", EntityType.Country, "Норвегія");
        int belarus = Mention(document, "Білорусі", EntityType.Country, "Білорусь");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.Sanctions && r.SubjectEntity == norway && r.ObjectEntity == belarus);
    }

    [Fact]
    public void Genitive_sanctioners_act_against_the_clause_subject()
    {
        var document = Analyze("Білорусь не може купувати турбіни через санкції Норвегії та Канади.");
        int belarus = Mention(document, "Білорусь", EntityType.Country, "Білорусь");
        int norway = Mention(document, "Норвегії", EntityType.Country, "Норвегія");
        int canada = Mention(document, "Канади", EntityType.Country, "Канада");

        var relations = Extract(document);

        relations.Should().HaveCount(2).And.OnlyContain(r => r.Predicate == Predicate.Sanctions && r.ObjectEntity == belarus);
        relations.Select(r => r.SubjectEntity).Should().BeEquivalentTo([norway, canada]);
    }

    [Fact]
    public void Sanctions_with_no_sanctioner_give_no_triple()
    {
        var document = Analyze("Посилення санкцій проти Білорусі обговорили у Вільнюсі.");
        Mention(document, "Білорусі", EntityType.Country, "Білорусь");
        Mention(document, "Вільнюсі", EntityType.Location, "Вільнюс");

        Extract(document).Should().BeEmpty();
    }

    [Fact]
    public void A_nominative_maker_produces_the_weapons_its_verb_governs()
    {
        var document = Analyze("Туреччина виробляє нові дрони та ракети.");
        int turkey = Mention(document, "Туреччина", EntityType.Country, "Туреччина");
        Mention(document, "дрони", EntityType.Weapon, "дрон");
        Mention(document, "ракети", EntityType.Weapon, "ракета");

        var relations = Extract(document);

        relations.Should().HaveCount(2).And.OnlyContain(r => r.Predicate == Predicate.Produces && r.SubjectEntity == turkey);
    }

    [Fact]
    public void Production_of_weapons_in_a_state_is_its_production()
    {
        var document = Analyze("Проблем із виробництвом дронів у Туреччині немає.");
        int turkey = Mention(document, "Туреччині", EntityType.Country, "Туреччина");
        int drones = Mention(document, "дронів", EntityType.Weapon, "дрон");

        Extract(document).Should().ContainSingle().Which.Should()
            .Match<RelationDraft>(r => r.Predicate == Predicate.Produces && r.SubjectEntity == turkey && r.ObjectEntity == drones);
    }

    [Fact]
    public void A_weapon_bought_from_a_maker_is_not_produced_by_the_buyer()
    {
        var document = Analyze("Туреччина купує дрони, які виробляє Польща.");
        Mention(document, "Туреччина", EntityType.Country, "Туреччина");
        Mention(document, "дрони", EntityType.Weapon, "дрон");
        Mention(document, "Польща", EntityType.Country, "Польща");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.Produces);
    }
}
