using Extraction.Entities;
using Extraction.Pipeline;
using static Extraction.Tests.Relations.RelationTestDocuments;

namespace Extraction.Tests.Entities.Linking;

public sealed class ClassifierNounNamesTests
{
    private static List<(string Text, EntityType Type)> Added(string text)
    {
        var document = Analyze(text);
        ClassifierNounNames.Apply(document);
        return document.Mentions.Select(m => (m.Span.Substring(document.Text), m.Type)).ToList();
    }

    [Fact]
    public void Latin_words_after_an_organization_noun_are_the_organization() =>
        Added("Угоду підписав концерн Nordwerk Systems учора.").Should().Equal(("Nordwerk Systems", EntityType.Organization));

    [Fact]
    public void Latin_words_after_other_nouns_are_left_alone() =>
        Added("Угоду підписав директор Nordwerk учора.").Should().BeEmpty();
}
