using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// The whole pipeline end to end on one news-like document, against a compiled regex word split of the same text as
/// the floor any tool has to pay, and against the pipeline without relations.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public partial class PipelineBenchmarks
{
    private string _text = "";
    private Extractor _full = null!;
    private Extractor _withoutRelations = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = NewsText.Build(100_000, includeSharedNews: true);
        _full = Extractor.CreateDefault();
        _withoutRelations = new ExtractorBuilder().WithoutRelations().Build();
        _full.Extract("Прогрів.");
        _withoutRelations.Extract("Прогрів.");
    }

    [GeneratedRegex(@"\w+(?:['’ʼ-]\w+)*|\S", RegexOptions.CultureInvariant)]
    private static partial Regex WordSplit();

    [Benchmark(Baseline = true)]
    public int RegexSplit()
    {
        int count = 0;
        foreach (var _ in WordSplit().EnumerateMatches(_text)) count++;
        return count;
    }

    [Benchmark]
    public int FullPipeline() => _full.Extract(_text).Relations.Length;

    [Benchmark]
    public int WithoutRelations() => _withoutRelations.Extract(_text).Mentions.Length;
}
