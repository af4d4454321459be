using Extraction.Entities;
using Extraction.Morphology;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class LeaderGovernmentsTests
{
    [Theory]
    [InlineData("Адміністрація Джо Байдена готує новий пакет.", "Джо Байдена", "Адміністрація Джо Байдена")]
    [InlineData("Ці плани підтримав уряд Олафа Шольца.", "Олафа Шольца", "уряд Олафа Шольца")]
    public void A_government_named_by_its_leader_becomes_one_organization(string text, string person, string government)
    {
        var document = Analyze(text);
        Mention(document, person, EntityType.Person, person);

        LeaderGovernments.Apply(document, PhraseLemmatizer.Default);

        document.Mentions.Select(m => (m.Span.Substring(document.Text), m.Type)).Should().Equal((government, EntityType.Organization));
    }

    [Fact]
    public void A_leader_who_is_the_subject_stays_a_person()
    {
        var document = Analyze("Уряд Марія Коваленко очолила у травні.");
        Mention(document, "Марія Коваленко", EntityType.Person, "Марія Коваленко");

        LeaderGovernments.Apply(document, PhraseLemmatizer.Default);

        document.Mentions.Should().ContainSingle().Which.Type.Should().Be(EntityType.Person);
    }
}
