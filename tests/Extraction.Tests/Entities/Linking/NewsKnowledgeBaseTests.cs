using Extraction.Entities;
using Extraction.Morphology;
using Extraction.Pipeline;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

/// <summary>US states, world regions and news outlets the knowledge base knows, as news mentions them.</summary>
public sealed class NewsKnowledgeBaseTests
{
    private static readonly KnowledgeBaseMentionRepair Repair = new(Extraction.Entities.KnowledgeBase.Default, PhraseLemmatizer.Default);
    private static readonly EntityLinker Linker = new(Extraction.Entities.KnowledgeBase.Default);

    [Theory]
    [InlineData("Техасу", "Техас", "Texas")]
    [InlineData("Каліфорнії", "Каліфорнія", "California")]
    [InlineData("Південної Кароліни", "Південна Кароліна", "South Carolina")]
    [InlineData("Пенсільванії", "Пенсільванія", "Pennsylvania")]
    [InlineData("Криму", "Крим", "Crimea")]
    [InlineData("Близькому Сході", "Близький Схід", "Middle East")]
    [InlineData("Європі", "Європа", "Europe")]
    public void A_place_gets_its_english_name_from_the_knowledge_base(string written, string lemma, string english)
    {
        var document = Analyze($"Губернатор розповів про події в {written} минулого тижня.");
        Mention(document, written, EntityType.Location, lemma);
        Repair.Repair(document, CancellationToken.None);
        Linker.Link(document);

        document.Entities.Should().ContainSingle().Which.English.Should().Be(english);
    }

    [Theory]
    [InlineData("Fox News", "Fox News")]
    [InlineData("CBS News", "CBS News")]
    [InlineData("Deutsche Welle", "Deutsche Welle")]
    [InlineData("Axios", "Axios")]
    public void A_news_outlet_tagged_as_a_person_or_place_becomes_an_organization(string name, string english)
    {
        foreach (var type in new[] { EntityType.Person, EntityType.Location, EntityType.Artifact })
        {
            var document = Analyze($"Про це вчора повідомив телеканал {name} з посиланням на джерела.");
            Mention(document, name, type, name);
            Repair.Repair(document, CancellationToken.None);
            Linker.Link(document);

            document.Mentions.Should().ContainSingle().Which.Type.Should().Be(EntityType.Organization);
            document.Entities.Should().ContainSingle().Which.English.Should().Be(english);
        }
    }

    [Fact]
    public void The_senate_alone_is_the_us_senate()
    {
        var document = Analyze("Законопроєкт тепер розгляне Сенат.");
        Mention(document, "Сенат", EntityType.Location, "Сенат");
        Repair.Repair(document, CancellationToken.None);
        Linker.Link(document);

        document.Mentions.Should().ContainSingle().Which.Type.Should().Be(EntityType.Organization);
        document.Entities.Should().ContainSingle().Which.English.Should().Be("US Senate");
    }
}
