using BenchmarkDotNet.Attributes;
using Extraction.Morphology;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>Analysis + disambiguation throughput on hand-written news-like sentences (gold-style whitespace tokens).</summary>
[MemoryDiagnoser]
public class MorphologyBenchmarks
{
    private const string Text =
        "Збройні сили України вночі збили дванадцять ударних дронів над Київською областю . " +
        "Міністр оборони заявив , що нові системи протиповітряної оборони прибудуть до кінця року . " +
        "Північна Корея передала Росії артилерійські снаряди та балістичні ракети , повідомила розвідка . " +
        "Президент провів переговори з лідерами Сполучених Штатів і Великої Британії щодо допомоги . " +
        "Окупанти обстріляли Херсон з артилерії , внаслідок чого загинули двоє мирних жителів .";

    private Token[][] _sentences = [];
    private MorphologyTagger _tagger = null!;
    private TaggerWorkspace _workspace = null!;

    /// <summary>Tokens per invocation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = new MorphologyTagger(MorphologyModel.Default);
        _workspace = new TaggerWorkspace();
        _sentences = Text.Split(" . ", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select((w, i) => new Token(new TextSpan(i, i + w.Length), w.Any(char.IsLetter) ? TokenKind.Word : TokenKind.Punctuation, w, w))
                .ToArray())
            .ToArray();
        TokenCount = _sentences.Sum(s => s.Length);
    }

    /// <summary>Lexicon, dictionary and guesser candidates plus context features, without choosing.</summary>
    [Benchmark]
    public int AnalyzeSentences()
    {
        int candidates = 0;
        _workspace.Cache.Clear(); // one invocation is one document: unknown words are analysed afresh
        foreach (var sentence in _sentences)
        {
            _tagger.Prepare(sentence, _workspace);
            candidates += _workspace.CandidateCount[0];
        }
        return candidates;
    }

    /// <summary>Candidates and disambiguation only (no lemma strings).</summary>
    [Benchmark]
    public int TagSentences()
    {
        int chosen = 0;
        _workspace.Cache.Clear();
        foreach (var sentence in _sentences)
        {
            _tagger.Tag(sentence, _workspace);
            chosen += _workspace.Chosen[0];
        }
        return chosen;
    }

    /// <summary>Full stage work: tagging plus lemma strings written into tokens.</summary>
    [Benchmark]
    public int AnnotateSentences()
    {
        int length = 0;
        _workspace.Cache.Clear();
        foreach (var sentence in _sentences)
        {
            var copy = (Token[])sentence.Clone();
            Extraction.Pipeline.MorphologyStage.Annotate(_tagger, copy, _workspace);
            length += copy[0].Lemma!.Length;
        }
        return length;
    }
}
