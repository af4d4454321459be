using Extraction.Pipeline;
using Extraction.Soak;
using Xunit.Abstractions;

namespace Extraction.Tests.Reliability;

public class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public void A_short_seeded_soak_finds_no_crash_hang_or_invariant_violation()
    {
        var report = SoakRunner.Run(
            Extractor.CreateDefault(), seed: 20261124, maxInputs: 20_000,
            budget: TimeSpan.FromSeconds(40), hangLimit: TimeSpan.FromSeconds(5));

        output.WriteLine($"inputs {report.Inputs}, characters {report.Characters}, {report.Elapsed.TotalSeconds:N1} s");
        foreach (string failure in report.Failures) output.WriteLine(failure);
        report.Inputs.Should().BeGreaterThan(1000);
        report.Failures.Should().BeEmpty();
    }

    [Fact]
    public void The_generator_is_deterministic_per_seed()
    {
        var a = new AdversarialText(7);
        var b = new AdversarialText(7);
        Enumerable.Range(0, 50).Select(_ => a.Next()).Should().Equal(Enumerable.Range(0, 50).Select(_ => b.Next()));
    }

    [Fact]
    public void The_invariant_checker_catches_a_broken_result()
    {
        // A result built by hand whose token does not slice the text: the checker must say so.
        var broken = Extractor.CreateDefault().Extract("Київ");
        var tampered = typeof(ExtractionResult).GetConstructors(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)[0]
            .Invoke([
                "Київ",
                System.Collections.Immutable.ImmutableArray.Create(broken.Tokens[0] with { Text = "Киї" }),
                broken.Sentences, broken.Mentions, broken.Entities, broken.Relations,
            ]) as ExtractionResult;

        ResultInvariants.FindViolation("Київ", tampered!).Should().Contain("does not slice");
    }
}
