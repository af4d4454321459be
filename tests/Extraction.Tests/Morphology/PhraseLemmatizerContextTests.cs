using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Morphology;

/// <summary>Name lemmas that depend on the sentence: the case the disambiguator chose for the first name.</summary>
public class PhraseLemmatizerContextTests
{
    private static readonly Extractor Extractor = new ExtractorBuilder().WithoutRelations().Build();

    [Theory]
    [InlineData("Заяву Кевіна Донеллі оприлюднили вчора.", "Кевін Донеллі")]
    [InlineData("Журналісти зустрілися з Кевіном Донеллі.", "Кевін Донеллі")]
    public void A_mans_name_in_an_oblique_case_before_an_indeclinable_surname_gets_its_nominative(string text, string lemma)
    {
        var result = Extractor.Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Lemma == lemma);
    }
}
