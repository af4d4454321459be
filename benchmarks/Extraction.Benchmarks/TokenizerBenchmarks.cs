using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Extraction.Tokenization;

namespace Extraction.Benchmarks;

/// <summary>
/// The hand-written tokenizer against a compiled regex word split over the same text, both writing into a reused,
/// pre-sized list (so Allocated shows per-token allocation only). Min and Median are shown because the benchmark
/// machine may be shared: they are less disturbed by other processes than Mean.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public partial class TokenizerBenchmarks
{
    private string _text = "";
    private List<RawToken> _tokens = [];
    private List<(int Start, int Length)> _matches = [];

    /// <summary>Text source: the composed news paragraphs, or the shared web news (falls back to the paragraphs when absent).</summary>
    [Params("composed", "shared-news")]
    public string Source { get; set; } = "composed";

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(1_000_000, includeSharedNews: Source == "shared-news");
        _tokens = new List<RawToken>(_text.Length / 3);
        _matches = new List<(int, int)>(_text.Length / 3);
    }

    [GeneratedRegex(@"\w+(?:['’ʼ-]\w+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordSplit();

    [Benchmark(Baseline = true)]
    public int Regex()
    {
        _matches.Clear();
        foreach (var match in WordSplit().EnumerateMatches(_text)) _matches.Add((match.Index, match.Length));
        return _matches.Count;
    }

    [Benchmark]
    public int Tokenizer()
    {
        _tokens.Clear();
        UkrainianTokenizer.Instance.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark]
    public int TokenizerAndSplitter()
    {
        _tokens.Clear();
        UkrainianTokenizer.Instance.Tokenize(_text, _tokens);
        _sentences.Clear();
        SentenceSplitter.Instance.Split(_text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens), _sentences);
        return _sentences.Count;
    }

    private readonly List<Extraction.Text.Sentence> _sentences = new(100_000);
}
