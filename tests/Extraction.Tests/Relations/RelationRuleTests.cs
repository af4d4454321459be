using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Relations;
using FluentAssertions;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Relations;

public sealed class RelationRuleTests
{
    [Fact]
    public void A_triple_that_breaks_its_signature_is_never_emitted()
    {
        var document = Analyze("Марія Коваль прибула до Польщі.");
        Mention(document, "Марія Коваль", EntityType.Person, "Марія Коваль");
        Mention(document, "Польщі", EntityType.Country, "Польща");
        // The model wants MET_WITH (PERSON ↔ PERSON) above everything; VISITED is the best class the signature allows.
        var model = BiasOnlyModel(("MET_WITH>", 9f), ("VISITED>", 3f));

        var relations = Extract(document, model);

        relations.Should().ContainSingle().Which.Predicate.Should().Be(Predicate.Visited);
    }

    [Fact]
    public void No_triple_when_no_class_fits_the_signature()
    {
        var document = Analyze("Марія Коваль говорила про Польщу.");
        Mention(document, "Марія Коваль", EntityType.Person, "Марія Коваль");
        Mention(document, "Польщу", EntityType.Country, "Польща");

        Extract(document, BiasOnlyModel(("MET_WITH>", 9f), ("ATTACKS>", 9f))).Should().BeEmpty();
    }

    [Fact]
    public void Holds_role_from_job_country_person_apposition()
    {
        var document = Analyze("Лідер КНДР Кім Чен Ин приїхав сьогодні.");
        Mention(document, "Лідер", EntityType.Job, "лідер");
        int country = Mention(document, "КНДР", EntityType.Country, "Північна Корея", iso: "KP");
        int person = Mention(document, "Кім Чен Ин", EntityType.Person, "Кім Чен Ин");

        var relation = Extract(document, NoneModel()).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.HoldsRole);
        relation.SubjectEntity.Should().Be(person);
        relation.ObjectEntity.Should().Be(country);
        relation.Modality.Should().Be(Modality.Asserted);
        relation.Arguments.Should().ContainSingle(a => a.Name == "role").Which.Text.Should().Be("лідер");
    }

    [Fact]
    public void Holds_role_with_a_multiword_title_in_the_instrumental()
    {
        var document = Analyze("Вона говорила з міністром оборони Росії Сергієм Шойгу.");
        Mention(document, "міністром оборони", EntityType.Job, "міністр оборони");
        int russia = Mention(document, "Росії", EntityType.Country, "Росія", iso: "RU");
        int shoigu = Mention(document, "Сергієм Шойгу", EntityType.Person, "Сергій Шойгу");

        var relations = Extract(document, NoneModel());

        relations.Should().ContainSingle(r => r.Predicate == Predicate.HoldsRole)
            .Which.Should().Match<RelationDraft>(r => r.SubjectEntity == shoigu && r.ObjectEntity == russia);
    }

    [Fact]
    public void A_capital_stands_for_its_state_where_the_predicate_needs_one()
    {
        var document = Analyze("Пхеньян постачає снаряди.");
        Mention(document, "Пхеньян", EntityType.Location, "Пхеньян");
        Mention(document, "снаряди", EntityType.Weapon, "снаряд");

        var relation = Extract(document, BiasOnlyModel(("SUPPLIES>", 5f))).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.Supplies);
        var subject = document.Entities[relation.SubjectEntity];
        subject.Type.Should().Be(EntityType.Country);
        subject.Iso.Should().Be("KP");
        relation.Anchors.Subject.Substring(document.Text).Should().Be("Пхеньян");
    }

    [Theory]
    [InlineData("Литва очікує нові поставки снарядів.")]
    [InlineData("Литва отримала снаряди від партнерів.")]
    public void The_subject_of_a_receiving_verb_never_supplies(string text)
    {
        var document = Analyze(text);
        Mention(document, "Литва", EntityType.Country, "Литва");
        Mention(document, text.Contains("снарядів", StringComparison.Ordinal) ? "снарядів" : "снаряди", EntityType.Weapon, "снаряд");

        Extract(document, BiasOnlyModel(("SUPPLIES>", 5f))).Should().BeEmpty();
    }

    [Fact]
    public void A_capital_resolves_to_the_state_entity_already_in_the_document()
    {
        var document = Analyze("КНДР готова. Пхеньян постачає снаряди.");
        int korea = Mention(document, "КНДР", EntityType.Country, "Північна Корея", iso: "KP");
        Mention(document, "Пхеньян", EntityType.Location, "Пхеньян");
        Mention(document, "снаряди", EntityType.Weapon, "снаряд");

        Extract(document, BiasOnlyModel(("SUPPLIES>", 5f))).Should().ContainSingle().Which.SubjectEntity.Should().Be(korea);
    }

    [Fact]
    public void A_city_that_is_not_a_capital_does_not_become_a_state()
    {
        var document = Analyze("Харків постачає снаряди.");
        Mention(document, "Харків", EntityType.Location, "Харків");
        Mention(document, "снаряди", EntityType.Weapon, "снаряд");

        Extract(document, BiasOnlyModel(("SUPPLIES>", 5f))).Should().BeEmpty();
    }

    [Fact]
    public void A_nationality_adjective_gives_its_state_as_the_argument()
    {
        var document = Analyze("Над містом літали російські дрони.");
        Mention(document, "дрони", EntityType.Weapon, "дрон");

        var relation = Extract(document, BiasOnlyModel(("POSSESSES>", 5f))).Should().ContainSingle().Subject;

        relation.Predicate.Should().Be(Predicate.Possesses);
        document.Entities[relation.SubjectEntity].Name.Should().Be("Росія");
        relation.Anchors.Subject.Substring(document.Text).Should().Be("російські");
    }

    [Fact]
    public void A_personal_pronoun_resolves_to_the_last_person_of_its_gender()
    {
        var document = Analyze("Олена Петренко прибула до Києва. Він зустрівся з Іваном Бондаренком. Вона зустрілася з Іваном Бондаренком.");
        int olena = Mention(document, "Олена Петренко", EntityType.Person, "Олена Петренко");
        Mention(document, "Києва", EntityType.Location, "Київ");
        int ivan = Mention(document, "Іваном Бондаренком", EntityType.Person, "Іван Бондаренко");
        Mention(document, "Іваном Бондаренком", EntityType.Person, "Іван Бондаренко", occurrence: 1);

        var relations = Extract(document, BiasOnlyModel(("MET_WITH>", 5f), ("VISITED>", 5f)));

        // "Він" (masculine) has no masculine person before it, so the second sentence gives nothing.
        relations.Where(r => r.Predicate == Predicate.MetWith).Should().ContainSingle()
            .Which.Should().Match<RelationDraft>(r => r.SubjectEntity == olena && r.ObjectEntity == ivan);
        var met = relations.Single(r => r.Predicate == Predicate.MetWith);
        met.Anchors.Subject.Substring(document.Text).Should().Be("Вона");
    }

    [Fact]
    public void A_possessive_pronoun_resolves_to_the_last_state_of_its_gender()
    {
        var document = Analyze("Росія посилила тиск. Її війна проти України триває.");
        int russia = Mention(document, "Росія", EntityType.Country, "Росія", iso: "RU");
        int ukraine = Mention(document, "України", EntityType.Country, "Україна", iso: "UA");

        var relation = Extract(document, BiasOnlyModel(("ATTACKS>", 5f))).Should().ContainSingle().Subject;

        relation.SubjectEntity.Should().Be(russia);
        relation.ObjectEntity.Should().Be(ukraine);
    }

    [Theory]
    [InlineData("Франція передала Польщі ракети.", Modality.Asserted)]
    [InlineData("Франція може передати Польщі ракети.", Modality.Possible)]
    [InlineData("Франція планує передати Польщі ракети.", Modality.Possible)]
    [InlineData("Франція, ймовірно, передасть Польщі ракети.", Modality.Possible)]
    [InlineData("Франція не передасть Польщі ракети.", Modality.Negated)]
    [InlineData("Депутати закликають Францію не передавати Польщі ракети.", Modality.Negated)]
    [InlineData("Франція не планує передавати Польщі ракети.", Modality.Negated)]
    public void Modality_follows_the_cues_of_the_clause(string text, Modality expected)
    {
        var document = Analyze(text);
        int first = document.Tokens.FindIndex(t => t.Text.StartsWith("Франц", StringComparison.Ordinal));
        int last = document.Tokens.FindIndex(t => t.Text == "ракети");

        ModalityCues.Detect(document.Tokens.ToArray(), document.Sentences[0], first, last + 1).Should().Be(expected);
    }

    [Theory]
    [InlineData("Росія атакувала Суми, повідомляє Генштаб.", "Генштаб")]
    [InlineData("Як пише Укрінформ, Росія атакувала Суми.", "Укрінформ")]
    [InlineData("За даними Генштабу, Росія атакувала Суми.", "Генштабу")]
    [InlineData("Росія атакувала Суми, повідомляє Укрінформ з посиланням на Генштаб.", "Генштаб")]
    public void Attribution_names_the_innermost_source(string text, string source)
    {
        var document = Analyze(text);
        var mentions = new List<(string Surface, EntityType Type)>
        {
            ("Росія", EntityType.Country), ("Суми", EntityType.Location), ("Генштаб", EntityType.Organization), ("Укрінформ", EntityType.Organization),
        };
        foreach (var (surface, type) in mentions.Where(m => text.Contains(m.Surface, StringComparison.Ordinal)).OrderBy(m => text.IndexOf(m.Surface, StringComparison.Ordinal)))
        {
            Mention(document, surface == "Генштаб" && text.Contains("Генштабу", StringComparison.Ordinal) ? "Генштабу" : surface, type, surface);
        }

        int entity = AttributionCues.Find(document, 0);

        entity.Should().BeGreaterThanOrEqualTo(0);
        document.Entities[entity].Name.Should().Be(source == "Генштабу" ? "Генштаб" : source);
    }

    [Fact]
    public void Attribution_in_the_next_sentence_about_this()
    {
        var document = Analyze("Росія атакувала Суми. Про це повідомив Генштаб.");
        Mention(document, "Росія", EntityType.Country, "Росія");
        Mention(document, "Суми", EntityType.Location, "Суми");
        int staff = Mention(document, "Генштаб", EntityType.Organization, "Генштаб");

        AttributionCues.Find(document, 0).Should().Be(staff);
    }

    [Fact]
    public void No_attribution_without_a_reporting_cue()
    {
        var document = Analyze("Росія атакувала Суми.");
        Mention(document, "Росія", EntityType.Country, "Росія");
        Mention(document, "Суми", EntityType.Location, "Суми");

        AttributionCues.Find(document, 0).Should().Be(-1);
    }
}

public sealed class SpecExampleWithCorrectMentionsTests
{
    // Runs the relation stage alone on hand-placed correct mentions; VISITED Владивосток comes from the meeting-place rule.
    [Fact]
    public void The_spec_example_with_correct_mentions_gives_exactly_its_five_triples()
    {
        var document = RelationTestDocuments.Analyze(
            "Лідер КНДР Кім Чен Ин зустрівся з міністром оборони Росії Сергієм Шойгу у Владивостоці. " +
            "Пхеньян може збільшити постачання артилерійських снарядів Москві.");
        RelationTestDocuments.Mention(document, "Лідер", EntityType.Job, "лідер");
        RelationTestDocuments.Mention(document, "КНДР", EntityType.Country, "Північна Корея", iso: "KP");
        RelationTestDocuments.Mention(document, "Кім Чен Ин", EntityType.Person, "Кім Чен Ин");
        RelationTestDocuments.Mention(document, "міністром оборони", EntityType.Job, "міністр оборони");
        RelationTestDocuments.Mention(document, "Росії", EntityType.Country, "Росія", iso: "RU");
        RelationTestDocuments.Mention(document, "Сергієм Шойгу", EntityType.Person, "Сергій Шойгу");
        RelationTestDocuments.Mention(document, "Владивостоці", EntityType.Location, "Владивосток");
        RelationTestDocuments.Mention(document, "Пхеньян", EntityType.Location, "Пхеньян");
        RelationTestDocuments.Mention(document, "артилерійських снарядів", EntityType.Weapon, "артилерійський снаряд");
        RelationTestDocuments.Mention(document, "Москві", EntityType.Location, "Москва");

        new RelationExtractor(RelationModel.Default!, RelationTestDocuments.States).Extract(document, CancellationToken.None);

        string Name(int entity) => document.Entities[entity].Name;
        document.Relations.Select(r => $"{Name(r.SubjectEntity)} {r.Predicate.ToLabel()} {Name(r.ObjectEntity)} {r.Modality.ToLabel()}")
            .Should().BeEquivalentTo(
                "Кім Чен Ин HOLDS_ROLE Північна Корея ASSERTED",
                "Сергій Шойгу HOLDS_ROLE Росія ASSERTED",
                "Кім Чен Ин MET_WITH Сергій Шойгу ASSERTED",
                "Кім Чен Ин VISITED Владивосток ASSERTED",
                "Північна Корея SUPPLIES артилерійський снаряд POSSIBLE");
        var supplies = document.Relations.Single(r => r.Predicate == Predicate.Supplies);
        supplies.Arguments.Should().ContainSingle(a => a.Name == "recipient").Which.EntityIndex.Should().Be(document.Entities.FindIndex(e => e.Name == "Росія"));
    }
}
