using Extraction.Entities;
using Extraction.Tests.Entities;
using Extraction.Training.Entities;

namespace Extraction.Tests.Training.Entities;

/// <summary>Blending a CRF and a perceptron trained on a small written corpus into one model.</summary>
public class EntityModelBlendTests
{
    private static readonly string[] People = ["Оксана Гнатюк", "Богдан Савчук", "Лариса Бойко", "Максим Руденко", "Юлія Литвин"];
    private static readonly string[] Towns = ["Житомирі", "Ужгороді", "Луцьку", "Рівному", "Сумах"];

    private static readonly string[] Probes =
    [
        "Вчора Оксана Бойко приїхала до Луцька .",
        "У Сумах Максим Савчук говорив про Рівне .",
        "Богдан Литвин і Юлія Гнатюк були в Ужгороді .",
    ];

    private static readonly Lazy<(EntityTaggerModel Crf, EntityTaggerModel Perceptron)> Models = new(() =>
    {
        var corpus = new List<IobSentence>();
        for (int i = 0; i < People.Length; i++)
        {
            for (int j = 0; j < Towns.Length; j++)
            {
                string[] name = People[(i + j) % People.Length].Split(' ');
                corpus.Add(new IobSentence(["Сьогодні", name[0], name[1], "був", "у", Towns[j], "."], ["O", "B-PERS", "I-PERS", "O", "O", "B-LOC", "O"]));
            }
        }
        EntityTaggerModel Train(EntityLearner learner) =>
            new EntityTrainer(new EntityTrainerOptions { BucketBits = 14, MaxEpochs = 4, Learner = learner, L1 = 0.05f, LearningRate = 0.5f },
                EntityLexicon.Empty, ["PERS", "LOC"]).Train(corpus, dev: null);
        return (Train(EntityLearner.Crf), Train(EntityLearner.Perceptron));
    });

    [Fact]
    public void A_blend_with_all_weight_on_one_model_has_its_weights_and_tags_like_it()
    {
        var (crf, perceptron) = Models.Value;

        var onlyCrf = EntityModelBlend.Blend(crf, 1, perceptron, 0, crf.ConfidenceTemperature);
        var onlyPerceptron = EntityModelBlend.Blend(crf, 0, perceptron, 1, perceptron.ConfidenceTemperature);

        WeightsOf(onlyCrf).Should().Equal(WeightsOf(crf));
        WeightsOf(onlyPerceptron).Should().Equal(WeightsOf(perceptron));
        TagsOf(onlyCrf).Should().Equal(TagsOf(crf));
        TagsOf(onlyPerceptron).Should().Equal(TagsOf(perceptron));
        TagsOf(crf).Should().NotEqual(TagsOf(perceptron), "the two learners give different confidences, so the comparisons above can tell them apart");
    }

    [Fact]
    public void Blending_is_symmetric()
    {
        var (crf, perceptron) = Models.Value;

        var one = EntityModelBlend.Blend(crf, 0.7f, perceptron, 0.3f / 16, 1);
        var other = EntityModelBlend.Blend(perceptron, 0.3f / 16, crf, 0.7f, 1);

        WeightsOf(one).Should().Equal(WeightsOf(other));
        one.Transitions.Pair.Should().Equal(other.Transitions.Pair);
        one.Transitions.Start.Should().Equal(other.Transitions.Start);
        one.Transitions.End.Should().Equal(other.Transitions.End);
    }

    [Fact]
    public void Blended_weights_and_transitions_are_the_weighted_sums()
    {
        var (crf, perceptron) = Models.Value;
        const float a = 0.6f, b = 0.4f / 16;

        var blend = EntityModelBlend.Blend(crf, a, perceptron, b, 1);

        var (crfWeights, perceptronWeights, blendWeights) = (WeightsOf(crf), WeightsOf(perceptron), WeightsOf(blend));
        blendWeights.Count(w => w != 0).Should().BeGreaterThan(crfWeights.Count(w => w != 0));
        for (int i = 0; i < blendWeights.Length; i++)
        {
            blendWeights[i].Should().BeApproximately(a * crfWeights[i] + b * perceptronWeights[i], blend.Weights.Scale);
        }
        for (int i = 0; i < blend.Transitions.Pair.Length; i++)
        {
            blend.Transitions.Pair[i].Should().BeApproximately(a * crf.Transitions.Pair[i] + b * perceptron.Transitions.Pair[i], 1e-5f);
        }
    }

    [Fact]
    public void Models_with_other_entity_types_are_refused()
    {
        var (crf, _) = Models.Value;
        var other = new EntityTrainer(new EntityTrainerOptions { BucketBits = 14, MaxEpochs = 1 }, EntityLexicon.Empty, ["PERS", "ORG"])
            .Train([new IobSentence(["Оксана", "пише", "."], ["B-PERS", "O", "O"])], dev: null);

        var act = () => EntityModelBlend.Blend(crf, 0.5f, other, 0.5f, 1);

        act.Should().Throw<ArgumentException>();
    }

    private static float[] WeightsOf(EntityTaggerModel model)
    {
        var weights = new float[model.Weights.BucketCount * model.LabelCount];
        for (int bucket = 0; bucket < model.Weights.BucketCount; bucket++)
        {
            model.Weights.AddRowTo(bucket, 1, weights.AsSpan(bucket * model.LabelCount, model.LabelCount));
        }
        return weights;
    }

    private static List<TaggedSpan> TagsOf(EntityTaggerModel model)
    {
        var tagger = new EntityTagger(model);
        var spans = new List<TaggedSpan>();
        foreach (string probe in Probes)
        {
            var found = new List<TaggedSpan>();
            tagger.Tag(TaggerTestModels.Tokens(probe), found);
            spans.AddRange(found);
        }
        return spans;
    }
}
