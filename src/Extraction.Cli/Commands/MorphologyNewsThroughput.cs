using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Extraction.Morphology;
using Extraction.Pipeline;
using Extraction.Text;

namespace Extraction.Cli.Commands;

/// <summary>
/// Times the morphology stage over a JSONL news file tokenized by the library: analysis + disambiguation, and the
/// full stage with lemma strings, on one thread. Reports process CPU time beside wall time because other processes
/// may share the cores. Each pass is one stream of documents: the tagger's unknown-word cache starts empty.
/// </summary>
internal static class MorphologyNewsThroughput
{
    private const int Passes = 5;

    public static void Run(MorphologyTagger tagger, string path)
    {
        var documents = new List<AnalysisDocument>();
        var tokenizer = new TokenizeStage(pretokenized: false);
        foreach (string line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("text", out var text) || text.GetString() is not { } value) continue;
            var document = new AnalysisDocument(value);
            tokenizer.Process(document, CancellationToken.None);
            documents.Add(document);
        }
        long tokens = documents.Sum(d => (long)d.Tokens.Count);
        Console.WriteLine($"{Path.GetFileName(path)}: {documents.Count:N0} documents, {tokens:N0} tokens; best of {Passes} passes after one warm-up pass:");
        var workspace = new TaggerWorkspace();
        Measure("analysis + disambiguation", tokens, () =>
        {
            tagger.Analyzer.UnknownWords.Clear();
            foreach (var document in documents)
            {
                var all = CollectionsMarshal.AsSpan(document.Tokens);
                foreach (var sentence in document.Sentences) tagger.Tag(all.Slice(sentence.FirstToken, sentence.TokenCount), workspace);
            }
        });
        var copy = new Token[1024];
        Measure("full stage (with lemma strings)", tokens, () =>
        {
            tagger.Analyzer.UnknownWords.Clear();
            foreach (var document in documents)
            {
                foreach (var sentence in document.Sentences)
                {
                    if (copy.Length < sentence.TokenCount) copy = new Token[sentence.TokenCount];
                    var tokensOfSentence = copy.AsSpan(0, sentence.TokenCount);
                    CollectionsMarshal.AsSpan(document.Tokens).Slice(sentence.FirstToken, sentence.TokenCount).CopyTo(tokensOfSentence);
                    MorphologyStage.Annotate(tagger, tokensOfSentence, workspace);
                }
            }
        });
    }

    private static void Measure(string name, long tokens, Action pass)
    {
        pass();
        double bestWall = double.MaxValue, bestCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (int i = 0; i < Passes; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            pass();
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        Console.WriteLine($"  {name}: {tokens / bestWall / 1e6:F2} M tokens/s by wall time, {tokens / bestCpu / 1e6:F2} M tokens/s by process CPU time");
    }
}
