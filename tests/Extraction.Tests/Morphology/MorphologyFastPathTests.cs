using Extraction.Morphology;

namespace Extraction.Tests.Morphology;

/// <summary>The speed-motivated shortcuts of the morphology stage give exactly what the plain computations give.</summary>
public class MorphologyFastPathTests
{
    [Fact]
    public void Fold_matches_invariant_lower_casing_with_unified_apostrophes_for_every_char()
    {
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            char expected = c is '\u2019' or '\u02BC' or '`' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
            if (WordAnalyzer.Fold(c) != expected) Assert.Fail($"U+{code:X4}: {(int)WordAnalyzer.Fold(c):X4} instead of {(int)expected:X4}");
        }
    }

    [Fact]
    public void Hash_set_agrees_with_a_plain_set()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 20_000).Select(_ => (uint)random.NextInt64(0, 1L << 32)).Append(0u).ToArray();
        var set = new HashSet32(values);
        var plain = new HashSet<uint>(values);
        foreach (uint value in values) set.Contains(value).Should().BeTrue();
        for (int i = 0; i < 100_000; i++)
        {
            uint probe = (uint)random.NextInt64(0, 1L << 32);
            set.Contains(probe).Should().Be(plain.Contains(probe));
        }
        new HashSet32([5u]).Contains(0).Should().BeFalse();
    }

    [Theory]
    [InlineData("Зеленського")]
    [InlineData("Сокола")]
    [InlineData("дронокоптерів")]
    [InlineData("Бахмутсько-Торецької")]
    [InlineData("Кшиштофові")]
    [InlineData("ЗРПК")]
    public void Cached_analysis_equals_fresh_analysis(string word)
    {
        var analyzer = new WordAnalyzer(MorphologyModel.Default);
        Span<Candidate> fresh = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        Span<Candidate> first = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        Span<Candidate> cached = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int freshCount = analyzer.AnalyzeWord(word, fresh, out var freshSegment);
        int firstCount = analyzer.AnalyzeWord(word, first, out var firstSegment, cache: analyzer.UnknownWords);
        int cachedCount = analyzer.AnalyzeWord(word, cached, out var cachedSegment, cache: analyzer.UnknownWords);

        firstCount.Should().Be(freshCount);
        cachedCount.Should().Be(freshCount);
        firstSegment.Should().Be(freshSegment);
        cachedSegment.Should().Be(freshSegment);
        for (int i = 0; i < freshCount; i++)
        {
            first[i].Should().Be(fresh[i]);
            cached[i].Should().Be(fresh[i]);
        }
    }

    [Fact]
    public void Cache_returns_only_the_word_it_stored()
    {
        var cache = new UnknownWordCache();
        Span<Candidate> output = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        cache.Add("Кобзарівка", [new Candidate { Rule = 3, Tag = 4, Prior = 1 }], new WordSegment(0, 10, false));
        cache.TryGet("Кобзарівка", output, out int count, out var segment).Should().BeTrue();
        count.Should().Be(1);
        output[0].Rule.Should().Be(3);
        segment.Should().Be(new WordSegment(0, 10, false));
        cache.TryGet("кобзарівка", output, out _, out _).Should().BeFalse();
        cache.Clear();
        cache.TryGet("Кобзарівка", output, out _, out _).Should().BeFalse();
    }

    [Fact]
    public void Shared_cache_gives_the_same_analyses_on_parallel_threads()
    {
        var tagger = new MorphologyTagger(MorphologyModel.Default);
        string[] words = ["Кшиштофові", "дронокоптерів", "Зеленського", "Бахмутсько-Торецької", "Сокола", "мегапроєкту", "Тайванем", "ЗРПК"];
        var expected = words.Select(w => Analyze(new WordAnalyzer(MorphologyModel.Default), w, null)).ToArray();
        Parallel.For(0, 2_000, i =>
        {
            int w = i % words.Length;
            Analyze(tagger.Analyzer, words[w], tagger.Analyzer.UnknownWords).Should().Be(expected[w]);
        });
    }

    private static string Analyze(WordAnalyzer analyzer, string word, UnknownWordCache? cache)
    {
        Span<Candidate> candidates = stackalloc Candidate[WordAnalyzer.MaxCandidates];
        int count = analyzer.AnalyzeWord(word, candidates, out var segment, cache: cache);
        var parts = new List<string> { segment.ToString() };
        for (int i = 0; i < count; i++) parts.Add($"{candidates[i].Rule}/{candidates[i].Tag}/{candidates[i].Prior}");
        return string.Join(";", parts);
    }
}
