using BenchmarkDotNet.Attributes;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Benchmarks;

/// <summary>
/// Analysis + disambiguation throughput. <c>shared-news</c> is the first ≈50,000 tokens of the shared web news,
/// tokenized by the library (falls back to the written sentences when ../shared is absent); <c>written</c> is five
/// hand-written news sentences with whitespace tokens. One invocation is one stream of documents: the tagger's shared
/// unknown-word cache starts empty, so every word the lexicon lacks is analysed in full on its first occurrence
/// (the <c>WarmCache</c> benchmark keeps it, as in a long batch). Tokens per invocation are printed at setup.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
[MedianColumn]
public class MorphologyBenchmarks
{
    private const string WrittenText =
        "Збройні сили України вночі збили дванадцять ударних дронів над Київською областю . " +
        "Міністр оборони заявив , що нові системи протиповітряної оборони прибудуть до кінця року . " +
        "Північна Корея передала Росії артилерійські снаряди та балістичні ракети , повідомила розвідка . " +
        "Президент провів переговори з лідерами Сполучених Штатів і Великої Британії щодо допомоги . " +
        "Окупанти обстріляли Херсон з артилерії , внаслідок чого загинули двоє мирних жителів .";

    private const int NewsTokens = 50_000;

    private Token[][] _sentences = [];
    private MorphologyTagger _tagger = null!;
    private TaggerWorkspace _workspace = null!;

    /// <summary>Text source: the written sentences or the shared web news.</summary>
    [Params("written", "shared-news")]
    public string Source { get; set; } = "written";

    /// <summary>Tokens per invocation.</summary>
    public int TokenCount { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _tagger = new MorphologyTagger(MorphologyModel.Default);
        _workspace = new TaggerWorkspace();
        _sentences = Source == "shared-news" ? NewsSentences() : [];
        if (_sentences.Length == 0) _sentences = WrittenSentences();
        TokenCount = _sentences.Sum(s => s.Length);
        Console.WriteLine($"// MorphologyBenchmarks {Source}: {TokenCount} tokens in {_sentences.Length} sentences per invocation");
    }

    private static Token[][] WrittenSentences() => WrittenText.Split(" . ", StringSplitOptions.RemoveEmptyEntries)
        .Select(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select((w, i) => new Token(new TextSpan(i, i + w.Length), w.Any(char.IsLetter) ? TokenKind.Word : TokenKind.Punctuation, w, w))
            .ToArray())
        .ToArray();

    private static Token[][] NewsSentences()
    {
        var tokenizer = new TokenizeStage(pretokenized: false);
        var sentences = new List<Token[]>();
        int tokens = 0;
        foreach (string text in NewsText.SharedNews())
        {
            var document = new AnalysisDocument(text);
            tokenizer.Process(document, CancellationToken.None);
            foreach (var sentence in document.Sentences)
            {
                sentences.Add(document.Tokens.GetRange(sentence.FirstToken, sentence.TokenCount).ToArray());
            }
            tokens += document.Tokens.Count;
            if (tokens >= NewsTokens) break;
        }
        return [.. sentences];
    }

    /// <summary>Lexicon, dictionary and guesser candidates plus context features, without choosing.</summary>
    [Benchmark]
    public int AnalyzeSentences()
    {
        int candidates = 0;
        _tagger.Analyzer.UnknownWords.Clear();
        foreach (var sentence in _sentences)
        {
            _tagger.Prepare(sentence, _workspace);
            candidates += _workspace.CandidateCount[0];
        }
        return candidates;
    }

    /// <summary>Analysis and disambiguation (no lemma strings): the stage's speed target.</summary>
    [Benchmark(Baseline = true)]
    public int TagSentences()
    {
        int chosen = 0;
        _tagger.Analyzer.UnknownWords.Clear();
        foreach (var sentence in _sentences)
        {
            _tagger.Tag(sentence, _workspace);
            chosen += _workspace.Chosen[0];
        }
        return chosen;
    }

    /// <summary>As <see cref="TagSentences"/> with the unknown-word cache kept from earlier invocations (a long batch's steady state).</summary>
    [Benchmark]
    public int TagSentencesWarmCache()
    {
        int chosen = 0;
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
        _tagger.Analyzer.UnknownWords.Clear();
        foreach (var sentence in _sentences)
        {
            var copy = (Token[])sentence.Clone();
            MorphologyStage.Annotate(_tagger, copy, _workspace);
            length += copy[0].Lemma!.Length;
        }
        return length;
    }
}
