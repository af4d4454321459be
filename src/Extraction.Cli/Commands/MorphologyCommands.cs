using System.CommandLine;
using System.Diagnostics;
using Extraction.Morphology;
using Extraction.Training.Morphology;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train morphology</c> and <c>extraction evaluate morphology</c>.</summary>
internal static class MorphologyCommands
{
    private const string DefaultData = "../shared/data";
    private const string DefaultModel = "models/morphology.bin";

    public static Command CreateTrain()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => DefaultData };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => DefaultModel };
        var epochs = new Option<int>("--epochs") { Description = "Most perceptron epochs (the best on BRUK dev is kept).", DefaultValueFactory = _ => 6 };
        var command = new Command("morphology", "Build the morphological lexicon, guesser and disambiguator from BRUK training documents.")
        {
            data, output, epochs,
        };
        command.SetAction(parseResult =>
        {
            var model = MorphologyTraining.Train(MorphologyDataPaths.Under(parseResult.GetValue(data)!), parseResult.GetValue(epochs), Console.Out);
            string path = parseResult.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            model.Save(path);
            Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F2} MB).");
            return 0;
        });
        return command;
    }

    public static Command CreateEvaluate()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => DefaultData };
        var model = new Option<string>("--model") { Description = "The model file.", DefaultValueFactory = _ => DefaultModel };
        var split = new Option<string>("--split") { Description = "BRUK split to score (test or dev).", DefaultValueFactory = _ => "test" };
        var throughput = new Option<bool>("--throughput") { Description = "Also time the stage over the chosen BRUK split (one thread; wall and process CPU time)." };
        var loadOnly = new Option<bool>("--load-only") { Description = "Only load the model and print the start-up time (wall and CPU)." };
        var errors = new Option<string?>("--errors") { Description = "Optional file that receives every wrong lemma or UPOS (BRUK)." };
        var newsThroughput = new Option<string?>("--news-throughput") { Description = "Only time the stage over this JSONL news file (library tokenizer, one thread), then exit." };
        var command = new Command("morphology", "Lemma and UPOS accuracy on BRUK test documents and UD-IU dev, with gold tokens.")
        {
            data, model, split, errors, loadOnly, throughput, newsThroughput,
        };
        command.SetAction(parseResult =>
        {
            string dataRoot = parseResult.GetValue(data)!;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var loaded = MorphologyModel.Load(parseResult.GetValue(model)!);
            var tagger = new MorphologyTagger(loaded);
            // CPU time shows the load's own cost when other processes compete for the cores.
            Console.WriteLine($"Model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU.");
            if (parseResult.GetValue(loadOnly)) return 0;
            if (parseResult.GetValue(newsThroughput) is { } newsPath)
            {
                MorphologyNewsThroughput.Run(tagger, newsPath);
                return 0;
            }
            var paths = MorphologyDataPaths.Under(dataRoot);
            string wanted = parseResult.GetValue(split)!;
            var bruk = BrukCorpus.Read(paths.Corpus, paths.Documents).Where(s => s.Split == wanted).ToList();
            if (parseResult.GetValue(throughput)) MeasureThroughput(tagger, bruk);
            using var errorWriter = parseResult.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
            Console.WriteLine(MorphologyEvaluator.EvaluateBruk(tagger, bruk, errorWriter).Format($"BRUK {wanted} documents ({bruk.Count:N0} sentences, gold tokens)"));
            string ud = Path.Combine(dataRoot, "ud", "uk_iu-ud-dev.conllu");
            if (File.Exists(ud))
            {
                var sentences = BrukCorpus.ReadConllu(ud);
                Console.WriteLine(MorphologyEvaluator.EvaluateUd(tagger, sentences).Format($"UD Ukrainian-IU dev ({sentences.Count:N0} sentences, gold tokens)"));
            }
            return 0;
        });
        return command;
    }

    private static void MeasureThroughput(MorphologyTagger tagger, List<GoldSentence> sentences)
    {
        var tokens = sentences.Select(s => BrukCorpus.ToTokens(s.Tokens)).ToList();
        // Each pass is one stream of documents: the tagger's shared unknown-word cache starts empty and fills as it goes.
        var cache = tagger.Analyzer.UnknownWords;
        long count = tokens.Sum(t => (long)t.Length);
        var workspace = new TaggerWorkspace();
        void Pass()
        {
            cache.Clear();
            for (int s = 0; s < tokens.Count; s++)
            {
                Extraction.Pipeline.MorphologyStage.Annotate(tagger, (Extraction.Text.Token[])tokens[s].Clone(), workspace);
            }
        }
        Pass();
        const int Passes = 3;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Passes; i++) Pass();
        double wall = clock.Elapsed.TotalSeconds;
        double used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < Passes; i++) { cache.Clear(); for (int s = 0; s < tokens.Count; s++) tagger.Prepare(tokens[s], workspace); }
        double prepare = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < Passes; i++) { cache.Clear(); for (int s = 0; s < tokens.Count; s++) tagger.Tag(tokens[s], workspace); }
        double tag = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"CPU s: prepare {prepare:F2}, prepare+decode {tag:F2}, full {used:F2}");
        Console.WriteLine($"Throughput (analysis + disambiguation + lemma strings, one thread): {count * Passes / wall / 1e6:F2} M tokens/s by wall time, {count * Passes / used / 1e6:F2} M tokens/s by CPU time.");
    }
}
