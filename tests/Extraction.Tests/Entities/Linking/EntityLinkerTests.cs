using Extraction.Entities;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Tests.Entities.Linking;

public sealed class EntityLinkerTests
{
    private static readonly EntityLinker Linker = new(Extraction.Entities.KnowledgeBase.Default);

    [Fact]
    public void A_document_without_mentions_gets_no_entities()
    {
        var document = new AnalysisDocument("");
        Linker.Link(document);
        document.Entities.Should().BeEmpty();
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        FluentActions.Invoking(() => Linker.Link(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new EntityLinker(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Linking_twice_gives_the_same_entities()
    {
        var document = AnnotatedDocument.Parse("[Сергій Шойгу|PERSON] прибув. [Шойгу|PERSON] пішов. [РФ|COUNTRY] мовчить.");
        Linker.Link(document);
        var first = document.Entities.Select(e => (e.Name, string.Join(',', e.MentionIndices))).ToList();
        Linker.Link(document);
        document.Entities.Select(e => (e.Name, string.Join(',', e.MentionIndices))).Should().Equal(first);
    }

    [Fact]
    public void Entities_are_numbered_in_the_order_of_their_first_mention()
    {
        var document = AnnotatedDocument.Parse(
            "[Кулеба|PERSON] прокоментував. [РФ|COUNTRY] мовчить. [Дмитро Кулеба|PERSON] і [Олексій Кулеба|PERSON] прибули. [Шойгу|PERSON] теж.");
        Linker.Link(document);
        document.Entities.Select(e => e.Name).Should().Equal("Кулеба", "Росія", "Дмитро Кулеба", "Олексій Кулеба", "Сергій Шойгу");
        document.Mentions.Select(m => m.EntityIndex).Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public void A_mention_span_outside_the_text_does_not_crash_when_it_has_a_lemma()
    {
        var document = new AnalysisDocument("abc");
        document.Mentions.Add(new MentionDraft(0, 0, new TextSpan(0, 99), EntityType.Person, 0.5) { Lemma = "Сергій Шойгу" });
        Linker.Link(document);
        document.Entities.Should().ContainSingle().Which.English.Should().Be("Sergei Shoigu");
    }

    [Fact]
    public void The_state_of_an_unmentioned_capital_state_is_added_on_demand()
    {
        var document = AnnotatedDocument.Parse("[Пхеньян|LOCATION] може збільшити постачання [Москві|LOCATION|Москва].");
        Linker.Link(document);
        int moscow = document.Entities.FindIndex(e => e.Name == "Москва");
        document.Entities[moscow].StateIndex.Should().Be(-1);

        int russia = EntityStates.GetOrAddState(document, moscow);
        document.Entities[russia].Should().BeEquivalentTo(new { Type = EntityType.Country, Name = "Росія", Iso = "RU", KnowledgeBaseId = "Q159" });
        document.Entities[russia].MentionIndices.Should().BeEmpty();
        EntityStates.GetOrAddState(document, moscow).Should().Be(russia, "a second call reuses the state");
    }

    [Fact]
    public void The_state_of_a_mentioned_capital_state_is_the_existing_entity()
    {
        var document = AnnotatedDocument.Parse("[Тегеран|LOCATION] і далі постачає дрони. [Іран|COUNTRY] це заперечує.");
        Linker.Link(document);
        int tehran = document.Entities.FindIndex(e => e.Name == "Тегеран");
        int iran = document.Entities.FindIndex(e => e.Name == "Іран");
        EntityStates.GetOrAddState(document, tehran).Should().Be(iran);
        document.Entities.Should().HaveCount(2);
    }

    [Fact]
    public void A_place_that_is_not_a_capital_has_no_state()
    {
        var document = AnnotatedDocument.Parse("Літак сів у [Владивостоці|LOCATION|Владивосток].");
        Linker.Link(document);
        EntityStates.GetOrAddState(document, 0).Should().Be(-1);
        document.Entities.Should().ContainSingle();
    }

    [Fact]
    public void Random_documents_keep_the_linking_invariants()
    {
        string[] names =
        [
            "Сергій Шойгу|PERSON", "Шойгу|PERSON", "Кім|PERSON", "Кім Чен Ин|PERSON", "Віталій Кім|PERSON", "Іван|PERSON",
            "Іван Петренко|PERSON", "Петренко|PERSON", "Кулеба|PERSON", "Дмитро Кулеба|PERSON", "Олексій Кулеба|PERSON",
            "КНДР|LOCATION", "Пхеньян|COUNTRY", "Москва|LOCATION", "РФ|ORGANIZATION", "ЄС|COUNTRY", "НАТО|ORGANIZATION",
            "HIMARS|WEAPON", "Хаймарс|WEAPON", "лідер|JOB", "16 вересня|DATE", "Невідомськ|LOCATION", "Москва|WEAPON",
        ];
        var random = new Random(20261124);
        for (int round = 0; round < 300; round++)
        {
            int count = random.Next(0, 12);
            var parts = new List<string>();
            for (int i = 0; i < count; i++)
            {
                parts.Add("[" + names[random.Next(names.Length)] + "]");
                parts.Add(random.Next(3) == 0 ? ". " : " і ");
            }
            var document = AnnotatedDocument.Parse(string.Concat(parts));
            Linker.Link(document);
            LinkingInvariants.Check(document);
        }
    }

    [Fact]
    public void One_linker_serves_many_documents_at_once()
    {
        const string text = "[Кім Чен Ин|PERSON] прибув до [Росії|COUNTRY|Росія]. [Кім|PERSON] зустрівся з [Шойгу|PERSON]. [РФ|LOCATION] мовчить.";
        var results = new string[200];
        Parallel.For(0, results.Length, i =>
        {
            var document = AnnotatedDocument.Parse(text);
            Linker.Link(document);
            results[i] = string.Join(";", document.Entities.Select(e => e.Name + ":" + string.Join(',', e.MentionIndices)));
        });
        results.Should().AllBe("Кім Чен Ин:0,2;Росія:1,4;Сергій Шойгу:3");
    }

    [Fact]
    public void The_default_pipeline_links_after_entities_and_skips_linking_without_them()
    {
        new ExtractorBuilder().Build().StageNames.Should().Contain("linking");
        new ExtractorBuilder().WithoutEntities().Build().StageNames.Should().NotContain("linking");
    }
}
