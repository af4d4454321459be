using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;
using Extraction.Tokenization;

namespace Extraction.Tests.Morphology;

/// <summary>
/// Hyphenated head nouns as the library's tokenizer splits them (word, hyphen, word): an invariant first part
/// (прем'єр-, віце-, генерал-) or both parts inflecting. Phrases written for this test.
/// </summary>
public class CompoundLemmaTests
{
    private static readonly MorphologyTagger Tagger = new(MorphologyModel.Default);

    [Theory]
    [InlineData("прем'єр-міністром Японії", "прем'єр-міністр Японії")]
    [InlineData("прем’єр-міністрів", "прем'єр-міністр")]
    [InlineData("віце-президента", "віце-президент")]
    [InlineData("генерал-лейтенантом", "генерал-лейтенант")]
    [InlineData("лікарем-хірургом", "лікар-хірург")]
    [InlineData("дронів-розвідників", "дрон-розвідник")]
    [InlineData("Оклахома-Сіті", "Оклахома-Сіті")]
    public void A_hyphenated_head_gets_its_dictionary_form(string phrase, string expected)
    {
        var tokens = UkrainianTokenizer.Instance.Tokenize(phrase).ToArray();
        tokens.Should().Contain(t => t.Text == "-", "the tokenizer splits hyphenated words, which is what this rule handles");
        MorphologyStage.Annotate(Tagger, tokens, new TaggerWorkspace());

        PhraseLemmatizer.Default.Lemmatize(tokens, phrase).Should().Be(expected);
    }
}
