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

    private static int[] FeaturesOf(EntityFeatureExtractor extractor, string sentence, int token)
    {
        var (features, counts) = Extract(extractor, TaggerTestModels.Tokens(sentence));
        return features.AsSpan(token * EntityFeatureExtractor.MaxFeaturesPerToken, counts[token]).ToArray();
    }

    [Fact]
    public void Run_context_lets_the_end_of_a_long_name_see_the_word_before_it_and_quoted_words_the_word_before_the_quote()
    {
        var plain = Extractor();
        var withRuns = new EntityFeatureExtractor(TaggerTestModels.Random(1).Lexicon, TaggerTestModels.Bits, usesMorphology: false, usesRunContext: true);
        const string company = "Учора компанія Зелена Долина Сервіс звітувала .", town = "Учора містечко Зелена Долина Сервіс звітувала .";
        const string quotedCompany = "Учора компанія « дуже зелена долина » звітувала .", quotedTown = "Учора містечко « дуже зелена долина » звітувала .";

        FeaturesOf(plain, company, 4).Should().Equal(FeaturesOf(plain, town, 4), "the ±2 window of the third name word does not reach the noun before the name");
        FeaturesOf(withRuns, company, 4).Should().NotEqual(FeaturesOf(withRuns, town, 4));
        FeaturesOf(plain, quotedCompany, 5).Should().Equal(FeaturesOf(plain, quotedTown, 5));
        FeaturesOf(withRuns, quotedCompany, 5).Should().NotEqual(FeaturesOf(withRuns, quotedTown, 5));
        FeaturesOf(withRuns, company, 6).Length.Should().Be(FeaturesOf(plain, company, 6).Length, "a lower-case word outside quotes gets no run features");
        FeaturesOf(withRuns, company, 3).Length.Should().Be(FeaturesOf(plain, company, 3).Length + 3);
    }

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
