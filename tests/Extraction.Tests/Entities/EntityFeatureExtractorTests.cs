using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Tests.Entities;

public class EntityFeatureExtractorTests
{
    private static (int[] Features, int[] Counts) Extract(EntityFeatureExtractor extractor, Token[] tokens)
    {
        var features = new int[tokens.Length * EntityFeatureExtractor.MaxFeaturesPerToken];
        var counts = new int[tokens.Length];
        extractor.Extract(tokens, new EntityFeatureExtractor.Descriptor[tokens.Length], features, counts);
        return (features, counts);
    }

    private static EntityFeatureExtractor Extractor(bool morphology = false) =>
        new(TaggerTestModels.Random(1).Lexicon, TaggerTestModels.Bits, morphology);

    [Fact]
    public void Same_tokens_give_the_same_features_every_time()
    {
        var tokens = TaggerTestModels.Tokens("Учора Петро Коваленко приїхав до Києва .");
        var first = Extract(Extractor(), tokens);
        var second = Extract(Extractor(), tokens);
        second.Counts.Should().Equal(first.Counts);
        second.Features.Should().Equal(first.Features);
        first.Counts.Should().OnlyContain(c => c > 30 && c <= EntityFeatureExtractor.MaxFeaturesPerToken);
        first.Features.Should().OnlyContain(f => f >= 0 && f < 1 << TaggerTestModels.Bits);
    }

    [Fact]
    public void Features_ignore_offsets_and_apostrophe_variants_but_see_capitals()
    {
        var plain = TaggerTestModels.Tokens("п'ять років");
        var curly = TaggerTestModels.Tokens("п’ять років");
        var shifted = plain.Select(t => t with { Span = new TextSpan(t.Span.Start + 100, t.Span.End + 100) }).ToArray();
        Extract(Extractor(), curly).Features.Should().Equal(Extract(Extractor(), plain).Features);
        Extract(Extractor(), shifted).Features.Should().Equal(Extract(Extractor(), plain).Features);
        Extract(Extractor(), TaggerTestModels.Tokens("П'ять років")).Features.Should().NotEqual(Extract(Extractor(), plain).Features);
    }

    [Fact]
    public void Gazetteer_entries_reach_inflected_forms()
    {
        var lexicon = TaggerTestModels.Random(1).Lexicon;
        ulong Prefix(string word, int length) => FeatureHashing.HashFolded(word.AsSpan(0, length));
        lexicon.GazetteerFlags(FeatureHashing.HashFolded("Коваленка"), Prefix("Коваленка", 8), Prefix("Коваленка", 7))
            .Should().Be(1 << EntityLexicon.Surnames);
        lexicon.GazetteerFlags(FeatureHashing.HashFolded("Стіл"), 0, 0).Should().Be(0);
    }

    [Fact]
    public void A_model_trained_with_morphology_requires_lemmas()
    {
        var tokens = TaggerTestModels.Tokens("Петро приїхав");
        var act = () => Extract(Extractor(morphology: true), tokens);
        act.Should().Throw<InvalidOperationException>().WithMessage("*morphology*");

        var withLemmas = tokens.Select(t => t with { Lemma = t.Text.ToLowerInvariant(), Features = "Case=Nom" }).ToArray();
        var (_, counts) = Extract(Extractor(morphology: true), withLemmas);
        var (_, plainCounts) = Extract(Extractor(), withLemmas);
        counts[0].Should().BeGreaterThan(plainCounts[0], "morphology adds features only when the model uses them");
    }
}
