using System.CommandLine;
using Extraction.Entities;
using Extraction.Training.Annotations;
using Extraction.Training.Entities.Weapons;
using Extraction.Training.Evaluation;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction evaluate weapons</c>: strict-span WEAPON scores on the standoff gold set.</summary>
internal static class EvaluateWeaponsCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Folder with weapons-docs.tsv and weapons.tsv (default: src/Extraction.Training/Annotations)." };
        var data = new Option<string?>("--data") { Description = "The shared data folder (default: ../shared/data beside the repo)." };
        var split = new Option<string>("--split") { Description = "train or test (held out: final measurement only).", DefaultValueFactory = _ => "test" };
        var errors = new Option<string?>("--errors") { Description = "Write missed (-) and spurious (+) mentions to this file." };
        var noTagger = new Option<bool>("--no-tagger") { Description = "Run the weapon stage without the statistical entity tagger before it." };
        var command = new Command("weapons", "Score WEAPON mentions (strict exact span) on the gold articles: P/R/F1 overall and per kind.")
        {
            gold, data, split, errors, noTagger,
        };
        command.SetAction(parse =>
        {
            string root = EntityDataPaths.Root();
            string goldDir = parse.GetValue(gold) ?? Path.Combine(root, "src", "Extraction.Training", "Annotations");
            string dataDir = parse.GetValue(data) ?? EntityDataPaths.SharedData();
            var which = parse.GetValue(split) switch
            {
                "train" => AnnotationSplit.Train,
                "test" => AnnotationSplit.Test,
                var other => throw new ArgumentException($"--split must be train or test, not '{other}'."),
            };
            var annotations = WeaponAnnotations.Load(goldDir);
            var ids = annotations.Documents.Where(d => d.Split == which).Select(d => d.DocumentId).ToHashSet(StringComparer.Ordinal);
            var texts = WeaponEvaluator.ReadTexts(Path.Combine(dataDir, "news", "ua-web-news-2024-11.jsonl"), ids);
            WeaponEvaluator.Evaluate(annotations, which, texts, withTagger: !parse.GetValue(noTagger)); // warm-up: load models, JIT
            var result = WeaponEvaluator.Evaluate(annotations, which, texts, withTagger: !parse.GetValue(noTagger));
            Console.WriteLine($"WEAPON, {which.ToString().ToLowerInvariant()} split: {ids.Count} articles, {result.Characters:N0} characters");
            Print("all", result.Overall);
            Print("system", result.Systems);
            Print("class", result.Classes);
            Console.WriteLine($"time (second run): pipeline {result.Elapsed.TotalMilliseconds:N0} ms, weapon stage {result.WeaponStageTime.TotalMilliseconds:N1} ms"
                + $" = {result.WeaponStageTime.TotalMilliseconds / result.Elapsed.TotalMilliseconds:P1}");
            if (parse.GetValue(errors) is { } path)
            {
                using var writer = new StreamWriter(path);
                WeaponEvaluator.WriteErrors(writer, result);
            }
            Console.WriteLine($"lexicon: {WeaponLexicon.Default.Entries.Count} word-list rows, {WeaponLexicon.Default.SystemCount} system names");
            return 0;
        });
        return command;
    }

    private static void Print(string label, PrecisionRecall score) =>
        Console.WriteLine($"{label,-7} gold {score.Gold,4}  predicted {score.Predicted,4}  matched {score.Matched,4}  P {score.Precision:0.0000}  R {score.Recall:0.0000}  F1 {score.F1:0.0000}");
}
