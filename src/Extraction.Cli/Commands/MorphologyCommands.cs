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
        var errors = new Option<string?>("--errors") { Description = "Optional file that receives every wrong lemma or UPOS (BRUK)." };
        var command = new Command("morphology", "Lemma and UPOS accuracy on BRUK test documents and UD-IU dev, with gold tokens.")
        {
            data, model, split, errors,
        };
        command.SetAction(parseResult =>
        {
            string dataRoot = parseResult.GetValue(data)!;
            var clock = Stopwatch.StartNew();
            var loaded = MorphologyModel.Load(parseResult.GetValue(model)!);
            Console.WriteLine($"Model loaded in {clock.Elapsed.TotalMilliseconds:F0} ms.");
            var tagger = new MorphologyTagger(loaded);
            var paths = MorphologyDataPaths.Under(dataRoot);
            string wanted = parseResult.GetValue(split)!;
            var bruk = BrukCorpus.Read(paths.Corpus, paths.Documents).Where(s => s.Split == wanted).ToList();
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
}
