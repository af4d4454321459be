using Extraction.Entities;

namespace Extraction.Tests.Entities.Tagging;

public class WeightRowsTests
{
    private const int Buckets = 1 << 10;
    private const int Labels = 13;

    // Rows of every kind the layout distinguishes: empty, one or two weights (kept in the reference), a few (packed),
    // ten or more (dense).
    private static SparseLabelWeights RandomWeights(int seed)
    {
        var random = new Random(seed);
        var dense = new float[Buckets * Labels];
        for (int bucket = 0; bucket < Buckets; bucket++)
        {
            int length = random.Next(4) switch { 0 => 0, 1 => random.Next(1, 3), 2 => random.Next(3, 10), _ => random.Next(10, Labels + 1) };
            foreach (int label in Enumerable.Range(0, Labels).OrderBy(_ => random.Next()).Take(length))
            {
                dense[bucket * Labels + label] = (float)(random.NextDouble() * 2 - 1);
            }
        }
        return SparseLabelWeights.FromDense(dense, Buckets, Labels, 0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Scores_every_token_with_the_sum_of_its_feature_weights(int seed)
    {
        var weights = RandomWeights(seed);
        var random = new Random(seed + 100);
        const int tokens = 7, stride = 20;
        var features = new int[tokens * stride];
        var counts = new int[tokens];
        for (int i = 0; i < tokens; i++)
        {
            counts[i] = random.Next(stride + 1);
            for (int k = 0; k < counts[i]; k++) features[i * stride + k] = random.Next(Buckets);
        }
        var scores = new float[tokens * Labels];

        weights.Rows.Score(features, stride, counts, scores, new WeightRows.Scratch());

        for (int i = 0; i < tokens; i++)
        {
            for (int y = 0; y < Labels; y++)
            {
                double expected = 0;
                for (int k = 0; k < counts[i]; k++) expected += weights.Weight(features[i * stride + k], y);
                scores[i * Labels + y].Should().BeApproximately((float)expected, 1e-4f, $"token {i}, label {y}");
            }
        }
    }

    [Fact]
    public void A_token_without_features_scores_zero_and_an_empty_sentence_is_fine()
    {
        var weights = RandomWeights(4);
        var scores = Enumerable.Repeat(5f, 2 * Labels).ToArray();

        weights.Rows.Score(new int[2 * 3], 3, [0, 0], scores, new WeightRows.Scratch());
        weights.Rows.Score([], 3, [], [], new WeightRows.Scratch());

        scores.Should().OnlyContain(s => s == 0);
    }
}
