using BenchmarkDotNet.Attributes;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// The relation stage's share of the pipeline: the full default pipeline against the same pipeline without relations,
/// over the same news-like text (shared news articles when ../shared/data is present). The acceptance bound is
/// <c>(WithRelations - WithoutRelations) / WithoutRelations ≤ 25%</c>.
/// </summary>
[MemoryDiagnoser]
public class RelationBenchmarks
{
    private string[] _documents = [];
    private Extractor _full = null!;
    private Extractor _withoutRelations = null!;

    [GlobalSetup]
    public void Setup()
    {
        string text = NewsText.Build(200_000, includeSharedNews: true);
        _documents = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(200).ToArray();
        _full = Extractor.CreateDefault();
        _withoutRelations = new ExtractorBuilder().WithoutRelations().Build();
        _full.Extract(_documents[0]);
        _withoutRelations.Extract(_documents[0]);
        Console.WriteLine($"// {_documents.Length} documents, {_documents.Sum(d => d.Length):N0} characters per invocation");
    }

    [Benchmark(Baseline = true)]
    public int WithoutRelations()
    {
        int count = 0;
        foreach (string document in _documents) count += _withoutRelations.Extract(document).Entities.Length;
        return count;
    }

    [Benchmark]
    public int WithRelations()
    {
        int count = 0;
        foreach (string document in _documents) count += _full.Extract(document).Relations.Length;
        return count;
    }
}
