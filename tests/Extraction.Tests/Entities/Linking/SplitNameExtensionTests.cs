using Extraction.Entities;
using Extraction.Pipeline;

namespace Extraction.Tests.Entities.Linking;

/// <summary>
/// A state name the tagger cut in two and glued to the person after it (Великої | Британії Кіром Стармером) is made
/// whole again after the person is split off. Sentence written for this test.
/// </summary>
public class SplitNameExtensionTests
{
    [Fact]
    public void A_state_split_off_a_person_takes_back_the_word_the_tagger_cut_off()
    {
        const string text = "Президент провів розмову з прем'єр-міністром Великої Британії Кіром Стармером.";
        var result = new ExtractorBuilder().WithoutRelations().Build().Extract(text);

        result.Mentions.Should().Contain(m => m.Type == EntityType.Country && m.Text == "Великої Британії" && m.Lemma == "Велика Британія");
        result.Mentions.Should().Contain(m => m.Type == EntityType.Person && m.Text == "Кіром Стармером");
        result.Mentions.Should().NotContain(m => m.Text == "Великої");
    }
}
