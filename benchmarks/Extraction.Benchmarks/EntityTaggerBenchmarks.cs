using BenchmarkDotNet.Attributes;
using Extraction.Entities;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// Throughput of the entity tagger alone (features, scoring, Viterbi) over pretokenized sentences: 2,000 NER-UK test
/// sentences from ../shared/data when present (speed only), else a few hand-written sentences repeated. Divide the tokens by the mean time for tokens/s.
/// Tokens carry the morphology stage's analyses when the model uses them (done once in setup, not timed); <see cref="Tag"/>
/// tags runs of 50 sentences as documents, so a two-pass (document-memory) model pays for both passes.
/// </summary>
[MemoryDiagnoser]
public class EntityTaggerBenchmarks
{
    private Token[][] _sentences = [];
    private EntityTagger _tagger = null!;
    private EntityFeatureExtractor _extractor = null!;
    private readonly DocumentMemory _memory = new(NerUkTypes.All.Count);

    /// <summary>Tokens tagged per invocation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = EntityTagger.Default;
        _extractor = new EntityFeatureExtractor(_tagger.Model.Lexicon, _tagger.Model.BucketBits, _tagger.Model.UsesMorphology);
        _sentences = LoadSentences().Select(ToTokens).ToArray();
        if (_tagger.Model.UsesMorphology)
        {
            var morphology = new Extraction.Morphology.MorphologyTagger(Extraction.Morphology.MorphologyModel.Default);
            var workspace = new Extraction.Morphology.TaggerWorkspace();
            foreach (var sentence in _sentences) Extraction.Pipeline.MorphologyStage.Annotate(morphology, sentence, workspace);
        }
        TokenCount = _sentences.Sum(s => s.Length);
        Console.WriteLine($"// {TokenCount:N0} tokens in {_sentences.Length:N0} sentences per invocation");
    }

    [Benchmark]
    public int Tag()
    {
        int mentions = 0;
        for (int start = 0; start < _sentences.Length; start += 50)
        {
            _tagger.TagDocument(Math.Min(50, _sentences.Length - start), s => _sentences[start + s], _memory, (_, found) => mentions += found.Count);
        }
        return mentions;
    }

    [Benchmark]
    public int ExtractFeatures()
    {
        var descriptors = new EntityFeatureExtractor.Descriptor[512];
        var features = new int[512 * EntityFeatureExtractor.MaxFeaturesPerToken];
        var counts = new int[512];
        int total = 0;
        foreach (var sentence in _sentences)
        {
            if (sentence.Length > 512) continue;
            _extractor.Extract(sentence, descriptors, features, counts);
            total += counts[0];
        }
        return total;
    }

    [Benchmark]
    public float ExtractAndScore()
    {
        var descriptors = new EntityFeatureExtractor.Descriptor[512];
        var features = new int[512 * EntityFeatureExtractor.MaxFeaturesPerToken];
        var counts = new int[512];
        var scores = new float[512 * _tagger.Model.LabelCount];
        var scratch = new WeightRows.Scratch();
        float total = 0;
        foreach (var sentence in _sentences)
        {
            if (sentence.Length > 512) continue;
            _extractor.Extract(sentence, descriptors, features, counts);
            _tagger.Model.Weights.Rows.Score(
                features, EntityFeatureExtractor.MaxFeaturesPerToken, counts.AsSpan(0, sentence.Length), scores, scratch);
            total += scores[0];
        }
        return total;
    }

    private static IEnumerable<string[]> LoadSentences()
    {
        string? iob = FindShared("ner-uk/v2/iob/test.iob");
        if (iob is null)
        {
            string[] own =
            [
                "У понеділок міністр оборони Петро Коваленко зустрівся в Києві з представниками компанії « Сонячний вітер » .",
                "Державна служба статистики повідомила , що ціни зросли на 5 % за березень 2023 року .",
            ];
            return Enumerable.Repeat(own, 500).SelectMany(s => s).Select(s => s.Split(' '));
        }
        var sentences = new List<string[]>();
        var words = new List<string>();
        foreach (string line in File.ReadLines(iob))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) sentences.Add([.. words]);
                words.Clear();
                continue;
            }
            words.Add(line[..line.LastIndexOf(' ')]);
        }
        return sentences.Take(2000);
    }

    private static Token[] ToTokens(string[] words)
    {
        var tokens = new Token[words.Length];
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(TextSpan.FromLength(offset, words[i].Length), TokenKind.Word, words[i], words[i]);
            offset += words[i].Length + 1;
        }
        return tokens;
    }

    private static string? FindShared(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extraction.sln")))
            {
                string path = Path.Combine(dir.FullName, "..", "shared", "data", relative);
                return File.Exists(path) ? path : null;
            }
        }
        return null;
    }
}
