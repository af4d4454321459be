using Extraction.Training.Entities.Crf;

namespace Extraction.Tests.Training.Entities.Crf;

/// <summary>The cumulative L1 penalty pulls weights toward zero by what they missed, never across zero.</summary>
public class CumulativeL1WeightsTests
{
    // 11 labels: one SIMD vector (or more) plus a scalar tail on every machine.
    private const int Labels = 11;

    private static float[] Direction(params (int Label, float Value)[] entries)
    {
        var direction = new float[Labels];
        foreach (var (label, value) in entries) direction[label] = value;
        return direction;
    }

    [Fact]
    public void A_weight_is_pulled_toward_zero_by_the_penalty_it_has_not_yet_received_and_stops_at_zero()
    {
        var weights = new CumulativeL1Weights(bucketCount: 4, Labels);
        weights.Update(2, Direction((0, 1f), (10, -1f), (5, 0.1f)), step: 2f);
        weights.Row(2)[0].Should().Be(2f);
        weights.Row(2)[10].Should().Be(-2f);

        weights.AdvancePenalty(0.5);
        weights.Update(2, new float[Labels], step: 1f);
        weights.Row(2)[0].Should().BeApproximately(1.5f, 1e-6f);
        weights.Row(2)[10].Should().BeApproximately(-1.5f, 1e-6f);
        weights.Row(2)[5].Should().Be(0f, "0.2 minus a penalty of 0.5 is clipped at zero");

        weights.Update(2, new float[Labels], step: 1f);
        weights.Row(2)[0].Should().BeApproximately(1.5f, 1e-6f, "a penalty already received is not applied twice");

        weights.AdvancePenalty(1.7);
        weights.Update(2, Direction((5, 1f)), step: 1f);
        weights.Row(2)[0].Should().Be(0f);
        weights.Row(2)[10].Should().Be(0f);
        weights.Row(2)[5].Should().Be(0f, "a weight that starts at zero received its whole pending penalty earlier, and 1 − 1.7 clips");
    }

    [Fact]
    public void Applying_the_penalty_lazily_gives_the_weights_of_applying_it_to_every_bucket_at_every_step()
    {
        var lazy = new CumulativeL1Weights(bucketCount: 3, Labels);
        var eager = new CumulativeL1Weights(bucketCount: 3, Labels);
        var random = new Random(5);
        for (int step = 0; step < 20; step++)
        {
            var direction = Enumerable.Range(0, Labels).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
            int bucket = random.Next(3);
            foreach (var weights in new[] { lazy, eager })
            {
                weights.AdvancePenalty(0.05);
                weights.Update(bucket, direction, 0.5f);
            }
            for (int b = 0; b < 3; b++) eager.Update(b, new float[Labels], 0f);
        }
        lazy.ApplyAllPenalties();
        var lazyDense = new float[3 * Labels];
        var eagerDense = new float[3 * Labels];
        lazy.CopyWeightsTo(lazyDense);
        eager.CopyWeightsTo(eagerDense);

        // Between two updates of a weight the pending penalty only shrinks it toward zero, where it stays; so applying it
        // at once (lazy) ends where applying it step by step (eager) does.
        lazyDense.Should().Contain(0f);
        lazyDense.Should().Contain(w => w != 0);
        for (int k = 0; k < lazyDense.Length; k++) lazyDense[k].Should().BeApproximately(eagerDense[k], 1e-5f, $"weight {k}");
        lazy.TotalPenalty.Should().BeApproximately(1.0, 1e-9);
    }
}
