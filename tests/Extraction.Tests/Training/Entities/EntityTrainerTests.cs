using Extraction.Entities;
using Extraction.Tests.Entities;
using Extraction.Training.Entities;

namespace Extraction.Tests.Training.Entities;

/// <summary>The entity trainer learns a pattern from a small written corpus, with and without cost-augmented decoding.</summary>
public class EntityTrainerTests
{
    private static readonly string[] FirstNames = ["Петро", "Олена", "Андрій", "Марія", "Тарас", "Ірина"];
    private static readonly string[] Surnames = ["Коваленко", "Мельник", "Шевчук", "Бондар", "Ткаченко", "Кравець"];
    private static readonly string[] Cities = ["Києві", "Львові", "Харкові", "Одесі", "Полтаві", "Черкасах"];

    private static List<IobSentence> Corpus()
    {
        var sentences = new List<IobSentence>();
        for (int i = 0; i < FirstNames.Length; i++)
        {
            for (int j = 0; j < Cities.Length; j++)
            {
                string first = FirstNames[i], surname = Surnames[(i + j) % Surnames.Length], city = Cities[j];
                sentences.Add(new IobSentence(
                    ["Учора", first, surname, "виступив", "у", city, "."],
                    ["O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O"]));
            }
        }
        return sentences;
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(20f)]
    public void Learns_names_and_places_from_a_written_corpus(float margin)
    {
        var options = new EntityTrainerOptions { BucketBits = 14, MaxEpochs = 5, Margin = margin };
        var model = new EntityTrainer(options, EntityLexicon.Empty, ["PERS", "LOC"]).Train(Corpus(), dev: null);
        var tagger = new EntityTagger(model);

        var spans = new List<TaggedSpan>();
        tagger.Tag(TaggerTestModels.Tokens("Учора Олена Бондар виступив у Одесі ."), spans);

        spans.Select(s => (model.TypeNames[s.TypeIndex], s.FirstToken, s.EndToken)).Should().Equal(("PERS", 1, 3), ("LOC", 5, 6));
    }
}
