using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

/// <summary>
/// Use verbs, attack nouns, genitive owners, titles ending in a state, kinship before a title, cooperation and help
/// words, and "вони" — with a model that predicts nothing, so only the rules fire. Sentences written for these tests.
/// </summary>
public sealed class RoundThreeRuleTests
{
    private static bool Has(List<RelationDraft> relations, Predicate predicate, int subject, int @object) =>
        relations.Exists(r => r.Predicate == predicate && r.SubjectEntity == subject && r.ObjectEntity == @object);

    [Fact]
    public void A_use_verb_uses_its_weapons_and_attacks_the_place_named_with_po()
    {
        var document = Analyze("Вночі Росія запустила по Одесі тридцять ракет.");
        int russia = Mention(document, "Росія", EntityType.Country, "Росія", iso: "RU");
        int odesa = Mention(document, "Одесі", EntityType.Location, "Одеса");
        int missiles = Mention(document, "ракет", EntityType.Weapon, "ракета");

        var relations = Extract(document);

        Has(relations, Predicate.Uses, russia, missiles).Should().BeTrue();
        Has(relations, Predicate.Attacks, russia, odesa).Should().BeTrue();
    }

    [Fact]
    public void An_attack_noun_with_a_genitive_attacker_attacks_the_target_after_proty()
    {
        var document = Analyze("Тривалу війну Росії проти Грузії засудили.");
        int russia = Mention(document, "Росії", EntityType.Country, "Росія", iso: "RU");
        int georgia = Mention(document, "Грузії", EntityType.Country, "Грузія");

        Extract(document).Should().ContainSingle(r => r.Predicate == Predicate.Attacks)
            .Which.Should().Match<RelationDraft>(r => r.SubjectEntity == russia && r.ObjectEntity == georgia);
    }

    [Fact]
    public void A_weapon_with_a_genitive_state_after_it_is_that_states()
    {
        var document = Analyze("Експерти оцінили танки Польщі.");
        int tanks = Mention(document, "танки", EntityType.Weapon, "танк");
        int poland = Mention(document, "Польщі", EntityType.Country, "Польща");

        Has(Extract(document), Predicate.Possesses, poland, tanks).Should().BeTrue();
    }

    [Fact]
    public void A_title_mention_ending_in_a_state_ties_the_person_to_that_state()
    {
        var document = Analyze("Лідер Росії Петро Петренко виступив.");
        Mention(document, "Лідер Росії", EntityType.Job, "лідер Росії");
        int person = Mention(document, "Петро Петренко", EntityType.Person, "Петро Петренко");
        int russia = document.Entities.Count;
        document.Entities.Add(new EntityDraft(EntityType.Country, "Росія") { Iso = "RU" });

        var relation = Extract(document).Should().ContainSingle(r => r.Predicate == Predicate.HoldsRole).Subject;

        relation.SubjectEntity.Should().Be(person);
        relation.ObjectEntity.Should().Be(russia);
        relation.Arguments.Should().Contain(a => a.Name == "role" && a.Text == "лідер");
    }

    [Fact]
    public void A_title_after_a_kinship_noun_is_not_the_named_persons()
    {
        var document = Analyze("Дружина президента Польщі Ганна Коваль приїхала.");
        Mention(document, "президента", EntityType.Job, "президент");
        Mention(document, "Польщі", EntityType.Country, "Польща");
        Mention(document, "Ганна Коваль", EntityType.Person, "Ганна Коваль");

        Extract(document).Should().NotContain(r => r.Predicate == Predicate.HoldsRole);
    }

    [Fact]
    public void Parties_joined_by_mizh_after_a_cooperation_word_cooperate()
    {
        var document = Analyze("Угода між Польщею та Литвою набула чинності.");
        int poland = Mention(document, "Польщею", EntityType.Country, "Польща");
        int lithuania = Mention(document, "Литвою", EntityType.Country, "Литва");

        Extract(document).Should().ContainSingle().Which.Should().Match<RelationDraft>(r =>
            r.Predicate == Predicate.CooperatesWith && r.SubjectEntity == poland && r.ObjectEntity == lithuania);
    }

    [Fact]
    public void The_giver_of_help_and_its_dative_recipient_cooperate()
    {
        var document = Analyze("Литва надає Молдові гуманітарну допомогу.");
        int lithuania = Mention(document, "Литва", EntityType.Country, "Литва");
        int moldova = Mention(document, "Молдові", EntityType.Country, "Молдова");

        Has(Extract(document), Predicate.CooperatesWith, lithuania, moldova).Should().BeTrue();
    }

    [Fact]
    public void Talks_alone_are_not_cooperation_even_when_the_model_says_so()
    {
        var document = Analyze("Польща і Литва провели переговори.");
        Mention(document, "Польща", EntityType.Country, "Польща");
        Mention(document, "Литва", EntityType.Country, "Литва");
        var model = BiasOnlyModel(("COOPERATES_WITH>", 5f));

        Extract(document, model).Should().NotContain(r => r.Predicate == Predicate.CooperatesWith);
    }

    [Fact]
    public void Vony_stands_for_the_last_plural_force_as_the_subject_of_a_use_verb()
    {
        var document = Analyze("Росіяни відступили. Вони застосували дрони.");
        int drones = Mention(document, "дрони", EntityType.Weapon, "дрон");

        var relation = Extract(document).Should().ContainSingle(r => r.Predicate == Predicate.Uses).Subject;

        relation.ObjectEntity.Should().Be(drones);
        document.Entities[relation.SubjectEntity].Name.Should().Be("Росія");
        relation.Anchors.Subject.Substring(document.Text).Should().Be("Вони");
    }
}
