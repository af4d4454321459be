using System.CommandLine;
using Extraction.Pipeline;
using Extraction.Relations;
using Extraction.Training.Relations;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train relations</c> and <c>extraction evaluate relations</c>.</summary>
internal static class RelationCommands
{
    private const string DefaultData = "../shared/data";
    private const string DefaultModel = "models/relations.bin";

    public static Command CreateTrain()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => DefaultData };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => DefaultModel };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over training articles (0 skips).", DefaultValueFactory = _ => 5 };
        var l1 = new Option<float>("--l1") { Description = "L1 regularization.", DefaultValueFactory = _ => 0.001f };
        var l2 = new Option<float>("--l2") { Description = "L2 regularization.", DefaultValueFactory = _ => 0.05f };
        var errors = new Option<string?>("--errors") { Description = "Write cross-validation misses and false triples (train folds only) to this file." };
        var pipelineCv = new Option<bool>("--pipeline-cv") { Description = "Also cross-validate the full pipeline (raw text in) on the train articles, for every none-weight." };
        var command = new Command("relations", "Train the relation classifier on the train articles of the relation gold set (cross-validated).")
        {
            data, output, folds, l1, l2, errors, pipelineCv,
        };
        command.SetAction(parseResult =>
        {
            var train = RelationTraining.Prepare(".", parseResult.GetValue(data)!, "train", withTagged: true);
            Console.WriteLine($"{train.Count} train articles, {train.Sum(p => p.Article.Gold.Length)} gold relations.");
            using var errorLog = parseResult.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
            var settings = new RelationTrainer.Settings(parseResult.GetValue(l2), parseResult.GetValue(l1));
            var model = RelationTraining.Train(train, settings, parseResult.GetValue(folds), Console.Out, parseResult.GetValue(pipelineCv) ? null : errorLog);
            if (parseResult.GetValue(pipelineCv) && parseResult.GetValue(folds) > 1)
            {
                var cv = RelationTraining.CrossValidatePipeline(train, settings, parseResult.GetValue(folds), model.NoneWeight, errorLog);
                foreach (var (weight, evaluator) in cv)
                {
                    Console.WriteLine(FormattableString.Invariant($"Pipeline CV none-weight {weight:F2}: micro-F1 {evaluator.Total.F1:F3} (P {evaluator.Total.Precision:F3}, R {evaluator.Total.Recall:F3}), modality {evaluator.ModalityAccuracy:F3}"));
                }
                // the pipeline is what users run: its cross-validation picks the none-weight the model ships with
                model = model.WithNoneWeight(cv.MaxBy(c => c.Value.Total.F1).Key);
                Console.WriteLine(cv[model.NoneWeight].Format(FormattableString.Invariant($"Full-pipeline {parseResult.GetValue(folds)}-fold cross-validation on train articles (none-weight {model.NoneWeight:F2}):")));
            }
            string path = parseResult.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            model.Save(path);
            Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length / 1024.0:F0} KB).");
            return 0;
        });
        return command;
    }

    public static Command CreateEvaluate()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder.", DefaultValueFactory = _ => DefaultData };
        var model = new Option<string>("--model") { Description = "The model file for the gold-mention variant.", DefaultValueFactory = _ => DefaultModel };
        var split = new Option<string>("--split") { Description = "test (the held-out report) or train (error analysis only).", DefaultValueFactory = _ => "test" };
        var errors = new Option<string?>("--errors") { Description = "Write the full pipeline's misses and false triples to this file (use with --split train)." };
        var command = new Command("relations", "Relation micro-F1 and modality accuracy on the held-out test articles: full pipeline, and with gold argument mentions.")
        {
            data, model, split, errors,
        };
        command.SetAction(parseResult =>
        {
            string dataRoot = parseResult.GetValue(data)!;
            var relationModel = RelationModel.Load(parseResult.GetValue(model)!);
            string wanted = parseResult.GetValue(split)!;
            var test = RelationTraining.Prepare(".", dataRoot, wanted);
            Console.WriteLine($"{test.Count} {wanted} articles, {test.Sum(p => p.Article.Gold.Length)} gold relations.");
            using var errorLog = parseResult.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath) : null;
            var pipeline = RelationTraining.EvaluatePipeline(Extractor.CreateDefault(), test.Select(p => p.Article), errorLog);
            Console.WriteLine(pipeline.Format("Full pipeline (Extractor on raw text, embedded models):"));
            var lenient = RelationTraining.EvaluatePipeline(Extractor.CreateDefault(), test.Select(p => p.Article), overlap: true);
            Console.WriteLine(FormattableString.Invariant(
                $"Diagnostic only — full pipeline when an overlapping mention counts as the gold span: micro-F1 {lenient.Total.F1:F3} (P {lenient.Total.Precision:F3}, R {lenient.Total.Recall:F3})\n"));
            var gold = RelationTraining.EvaluateGoldMentions(relationModel, RelationTraining.States, test);
            Console.WriteLine(gold.Format("Gold argument mentions (relation stage alone):"));
            return 0;
        });
        return command;
    }
}
