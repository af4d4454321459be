using Extraction.Entities;
using Extraction.Models;

namespace Extraction.Tests.Entities;

public class EntityTaggerModelTests
{
    private static byte[] Bytes(EntityTaggerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    private static List<TaggedSpan> Tag(EntityTaggerModel model, string sentence)
    {
        var found = new List<TaggedSpan>();
        new EntityTagger(model).Tag(TaggerTestModels.Tokens(sentence), found);
        return found;
    }

    [Fact]
    public void A_saved_model_loads_back_identical()
    {
        var model = TaggerTestModels.Random(3);
        var bytes = Bytes(model);
        var loaded = EntityTaggerModel.Load("test.bin", new MemoryStream(bytes));

        loaded.TypeNames.Should().Equal(model.TypeNames);
        loaded.BucketBits.Should().Be(model.BucketBits);
        loaded.UsesMorphology.Should().Be(model.UsesMorphology);
        loaded.UsesDocumentMemory.Should().Be(model.UsesDocumentMemory);
        loaded.Weights.NonZeroCount.Should().Be(model.Weights.NonZeroCount);
        loaded.Transitions.Pair.Should().Equal(model.Transitions.Pair);
        loaded.Lexicon.ClusterOf(FeatureHashing.HashFolded("Київ")).Should().Be((3 << 16) | 17);
        loaded.Lexicon.TryAnalyze(FeatureHashing.HashFolded("Києва"), out var analysis).Should().BeTrue();
        analysis.Should().Be(new EntityLexicon.WordAnalysis(FeatureHashing.HashFolded("київ"), 42));
        for (int bucket = 0; bucket < 200; bucket++)
        {
            loaded.Weights.Weight(bucket, 1).Should().Be(model.Weights.Weight(bucket, 1));
        }
        Bytes(loaded).Should().Equal(bytes);

        const string sentence = "Учора Петро Коваленко приїхав до Києва зі Львова .";
        Tag(loaded, sentence).Should().Equal(Tag(model, sentence));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_stacked_label_flag_is_saved(bool stacked)
    {
        var model = TaggerTestModels.Random(4, usesDocumentMemory: true, usesStackedLabels: stacked).WithConfidenceTemperature(8);
        var bytes = Bytes(model);
        var loaded = EntityTaggerModel.Load("stacked.bin", new MemoryStream(bytes));

        loaded.UsesStackedLabels.Should().Be(stacked);
        loaded.UsesDocumentMemory.Should().BeTrue();
        loaded.ConfidenceTemperature.Should().Be(8);
        Bytes(loaded).Should().Equal(bytes);
    }

    [Fact]
    public void The_confidence_temperature_is_saved_and_only_softens_confidences()
    {
        var model = TaggerTestModels.Random(9);
        var warm = model.WithConfidenceTemperature(1e6f);
        var loaded = EntityTaggerModel.Load("warm.bin", new MemoryStream(Bytes(warm)));
        loaded.ConfidenceTemperature.Should().Be(1e6f);

        const string sentence = "Учора Петро Коваленко приїхав до Києва зі Львова .";
        var cold = Tag(model, sentence);
        var soft = Tag(loaded, sentence);
        cold.Should().NotBeEmpty();
        soft.Select(m => (m.FirstToken, m.EndToken, m.TypeIndex)).Should().Equal(cold.Select(m => (m.FirstToken, m.EndToken, m.TypeIndex)));
        // At a huge temperature the softmax is uniform over the 2 types × (B, U) + O opening labels: 2 of 5 for a start.
        soft.Should().OnlyContain(m => Math.Abs(m.Confidence - 0.4) < 1e-3);
    }

    [Fact]
    public void A_corrupted_model_throws_naming_the_file()
    {
        var bytes = Bytes(TaggerTestModels.Random(4));
        bytes[bytes.Length / 2] ^= 0x5A;
        var act = () => EntityTaggerModel.Load("broken-entities.bin", new MemoryStream(bytes));
        act.Should().Throw<ModelFormatException>().WithMessage("*broken-entities.bin*");
    }

    [Fact]
    public void A_truncated_model_throws_naming_the_file()
    {
        var bytes = Bytes(TaggerTestModels.Random(5));
        var act = () => EntityTaggerModel.Load("short-entities.bin", new MemoryStream(bytes[..(bytes.Length / 3)]));
        act.Should().Throw<ModelFormatException>().WithMessage("*short-entities.bin*");
    }

    [Fact]
    public void Tagged_spans_lie_inside_the_sentence_with_probabilities()
    {
        var model = TaggerTestModels.Random(6);
        var tokens = TaggerTestModels.Tokens("Учора Петро Коваленко приїхав до Києва зі Львова разом із ТОВ « Світанок » .");
        var found = new List<TaggedSpan>();
        new EntityTagger(model).Tag(tokens, found);
        found.Should().OnlyContain(s => s.FirstToken >= 0 && s.EndToken <= tokens.Length && s.FirstToken < s.EndToken
            && s.Confidence > 0 && s.Confidence <= 1 && s.TypeIndex >= 0 && s.TypeIndex < 2);
        for (int i = 1; i < found.Count; i++) found[i].FirstToken.Should().BeGreaterThanOrEqualTo(found[i - 1].EndToken);
        new EntityTagger(model).Tag([], found);
    }
}
