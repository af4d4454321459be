using BenchmarkDotNet.Attributes;
using Extraction.Pipeline;

namespace Extraction.Benchmarks;

/// <summary>
/// Cost of the weapon stage against the morphology stage on the same news text (tokenized and tagged once in setup):
/// the weapon stage must stay a small fraction of the pipeline.
/// </summary>
[MemoryDiagnoser]
public class WeaponStageBenchmarks
{
    private AnalysisDocument _document = null!;
    private WeaponStage _weapons = null!;
    private WeaponStage _weaponsWithoutLemmas = null!;
    private MorphologyStage _morphology = null!;

    [GlobalSetup]
    public void Setup()
    {
        string text = NewsText.Build(200_000, includeSharedNews: true);
        _document = new AnalysisDocument(text);
        new TokenizeStage(false).Process(_document, CancellationToken.None);
        _morphology = MorphologyStage.CreateDefault();
        _morphology.Process(_document, CancellationToken.None);
        _weapons = WeaponStage.CreateDefault();
        _weaponsWithoutLemmas = new WeaponStage(Entities.WeaponRecognizer.Default, lemmatizer: null);
        Console.WriteLine($"// {text.Length:N0} characters, {_document.Tokens.Count:N0} tokens per invocation");
    }

    [Benchmark(Baseline = true)]
    public int Morphology()
    {
        _morphology.Process(_document, CancellationToken.None);
        return _document.Tokens.Count;
    }

    [Benchmark]
    public int Weapons()
    {
        _document.Mentions.Clear();
        _weapons.Process(_document, CancellationToken.None);
        return _document.Mentions.Count;
    }

    [Benchmark]
    public int WeaponsWithoutLemmas()
    {
        _document.Mentions.Clear();
        _weaponsWithoutLemmas.Process(_document, CancellationToken.None);
        return _document.Mentions.Count;
    }
}
