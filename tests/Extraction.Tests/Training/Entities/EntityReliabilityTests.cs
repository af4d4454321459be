using Extraction.Training.Entities;

namespace Extraction.Tests.Training.Entities;

public class EntityReliabilityTests
{
    private static string Reliability(params (double Confidence, bool Correct)[] mentions)
    {
        var result = new EntityEvaluator.Result(new NerScores(), 0, TimeSpan.Zero, TimeSpan.Zero, [], [.. mentions]);
        using var output = new StringWriter();
        EntityEvaluator.WriteReliability(output, result);
        return output.ToString();
    }

    [Fact]
    public void The_calibration_error_weighs_each_bins_gap_between_precision_and_confidence_by_its_size()
    {
        var confident = Enumerable.Repeat((0.995, true), 9).Append((0.995, false));
        var unsure = new[] { (0.3, true), (0.3, false) };

        string text = Reliability([.. confident, .. unsure]);

        // Bin [0.99, 1]: 10 mentions, precision 0.9 vs 0.995; bin [0, 0.5): 2 mentions, 0.5 vs 0.3.
        double expected = 10 / 12.0 * 0.095 + 2 / 12.0 * 0.2;
        text.Should().Contain($"expected calibration error {expected.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)} over 12 mentions");
    }

    [Fact]
    public void Perfectly_calibrated_confidences_have_no_calibration_error()
    {
        Reliability((1.0, true), (1.0, true)).Should().Contain("expected calibration error 0.000 over 2 mentions");
    }
}
