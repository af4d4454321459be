using Extraction.Pipeline;
using Extraction.Serialization;
using Extraction.Soak;
using FsCheck;
using FsCheck.Fluent;

namespace Extraction.Tests.Reliability;

public class PipelinePropertyTests
{
    private static readonly Extractor Shared = Extractor.CreateDefault();

    private static Arbitrary<string> HostileStrings() =>
        Arb.From(Gen.Choose(0, int.MaxValue).Select(seed => new AdversarialText(seed).Next(600)));

    private static Arbitrary<string> RandomUnicode() =>
        Arb.From(Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(chars => new string(chars)));

    [Fact]
    public void Every_result_satisfies_the_invariants_on_hostile_strings() =>
        Prop.ForAll(HostileStrings(), text => ResultInvariants.FindViolation(text, Shared.Extract(text)) is null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));

    [Fact]
    public void Every_result_satisfies_the_invariants_on_random_utf16() =>
        Prop.ForAll(RandomUnicode(), text => ResultInvariants.FindViolation(text, Shared.Extract(text)) is null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(400));

    [Fact]
    public void Output_is_identical_across_runs_and_extractor_instances() =>
        Prop.ForAll(HostileStrings(), text =>
        {
            var writer = new JsonResultWriter(includeTokens: true);
            return writer.Serialize("d", Shared.Extract(text)) == writer.Serialize("d", Extractor.CreateDefault().Extract(text));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
}
