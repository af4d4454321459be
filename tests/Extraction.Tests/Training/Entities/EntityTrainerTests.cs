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

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_two_pass_model_learns_the_corpus_with_stacked_labels_and_the_first_pass_form(bool stackedLabels, bool firstPassForm)
    {
        var options = new EntityTrainerOptions
        {
            BucketBits = 14, MaxEpochs = 5, UseDocumentMemory = true, MemoryFolds = 2, MemoryEpochs = 3,
            UseStackedLabels = stackedLabels, TrainFirstPassForm = firstPassForm,
        };
        var (model, found) = TrainOnTwoDocumentsAndTag(options);

        model.UsesStackedLabels.Should().Be(stackedLabels);
        found.Should().Equal((0, "PERS", 1, 3), (0, "LOC", 5, 6), (1, "PERS", 1, 3), (1, "LOC", 5, 6));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_crf_learner_learns_names_and_places_one_pass_and_two_pass_with_a_crf_first_pass(bool documentMemory)
    {
        var options = new EntityTrainerOptions
        {
            BucketBits = 14, MaxEpochs = 8, Learner = EntityLearner.Crf, L1 = 0.05f, LearningRate = 0.5f,
            UseDocumentMemory = documentMemory, MemoryFolds = 2, MemoryEpochs = 4, MemoryLearner = EntityLearner.Crf,
        };
        TrainOnTwoDocumentsAndTag(options).Found.Should().Equal((0, "PERS", 1, 3), (0, "LOC", 5, 6), (1, "PERS", 1, 3), (1, "LOC", 5, 6));
    }

    [Fact]
    public void A_stronger_l1_penalty_leaves_fewer_non_zero_weights_in_a_crf()
    {
        int NonZero(float l1) => new EntityTrainer(new EntityTrainerOptions { BucketBits = 14, MaxEpochs = 4, Learner = EntityLearner.Crf, L1 = l1 },
            EntityLexicon.Empty, ["PERS", "LOC"]).Train(Corpus(), dev: null).Weights.NonZeroCount;

        int unpenalized = NonZero(0), penalized = NonZero(2);

        penalized.Should().BeGreaterThan(0);
        penalized.Should().BeLessThan(unpenalized / 2);
    }

    [Fact]
    public void Stacked_labels_without_document_memory_are_refused()
    {
        var options = new EntityTrainerOptions { BucketBits = 14, MaxEpochs = 1, UseStackedLabels = true };
        var act = () => new EntityTrainer(options, EntityLexicon.Empty, ["PERS", "LOC"]).Train(Corpus(), dev: null);
        act.Should().Throw<ArgumentException>();
    }

    /// <summary>Trains on the toy corpus as two documents and tags a written two-sentence document: (sentence, type, first, end) per mention.</summary>
    private static (EntityTaggerModel Model, List<(int, string, int, int)> Found) TrainOnTwoDocumentsAndTag(EntityTrainerOptions options)
    {
        var corpus = Corpus();
        var model = new EntityTrainer(options, EntityLexicon.Empty, ["PERS", "LOC"]).Train(corpus, dev: null,
            trainDocuments: [(0, corpus.Count / 2), (corpus.Count / 2, corpus.Count - corpus.Count / 2)]);
        var tagger = new EntityTagger(model);
        var document = new[] { "Учора Олена Бондар виступив у Одесі .", "Учора Тарас Мельник виступив у Львові ." }.Select(TaggerTestModels.Tokens).ToArray();
        var found = new List<(int, string, int, int)>();
        tagger.TagDocument(document.Length, s => document[s], null, (s, spans) =>
            found.AddRange(spans.Select(m => (s, model.TypeNames[m.TypeIndex], m.FirstToken, m.EndToken))));
        return (model, found);
    }
}
