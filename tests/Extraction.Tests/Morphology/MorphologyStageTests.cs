using Extraction.Morphology;
using Extraction.Pipeline;

namespace Extraction.Tests.Morphology;

public class MorphologyStageTests
{
    [Fact]
    public void Extractor_fills_lemma_pos_and_features_of_every_token()
    {
        var extractor = new ExtractorBuilder().WithoutEntities().Build();
        extractor.StageNames.Should().Contain("morphology");

        var result = extractor.Extract("Україна межує з Росією на сході");

        var token = result.Tokens.Single(t => t.Text == "Росією");
        token.Lemma.Should().Be("Росія");
        token.Pos.Should().Be(UniversalPos.PROPN);
        token.Features.Should().Contain("Case=Ins");
        result.Tokens.Should().OnlyContain(t => t.Lemma != null);
    }

    [Fact]
    public void Without_morphology_tokens_have_no_lemma()
    {
        var result = new ExtractorBuilder().WithoutMorphology().Build().Extract("Україна межує з Росією");
        result.Tokens.Should().OnlyContain(t => t.Lemma == null && t.Pos == UniversalPos.X);
    }

    [Fact]
    public void Stage_is_safe_to_share_between_threads()
    {
        var extractor = new ExtractorBuilder().WithoutEntities().Build();
        string[] texts = ["Північна Корея передала ракети", "Президент зустрівся з міністром оборони", "Дрони атакували Київ уночі"];
        var expected = texts.Select(t => string.Join(' ', extractor.Extract(t).Tokens.Select(x => x.Lemma))).ToArray();

        var actual = new string[300];
        Parallel.For(0, actual.Length, i => actual[i] = string.Join(' ', extractor.Extract(texts[i % 3]).Tokens.Select(x => x.Lemma)));

        for (int i = 0; i < actual.Length; i++) actual[i].Should().Be(expected[i % 3]);
    }

    [Fact]
    public void Empty_text_gives_no_tokens() =>
        new ExtractorBuilder().WithoutEntities().Build().Extract("").Tokens.Should().BeEmpty();
}
