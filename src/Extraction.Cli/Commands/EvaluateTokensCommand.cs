using System.CommandLine;
using System.Globalization;
using Extraction.Pipeline;
using Extraction.Training.Evaluation;
using Extraction.Training.Ud;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction evaluate tokens --conllu FILE</c>: token and sentence F1 against a gold treebank.</summary>
internal static class EvaluateTokensCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold CoNLL-U file (e.g. ../shared/data/ud/uk_iu-ud-dev.conllu).", Required = true };
        var errors = new Option<int>("--errors") { Description = "Print up to this many token and sentence mismatches.", DefaultValueFactory = _ => 0 };
        var command = new Command("tokens", "Rebuild raw text from CoNLL-U, run the extractor and score tokens and sentences span-exactly.")
        {
            conllu,
            errors,
        };
        command.SetAction(parseResult =>
        {
            string path = parseResult.GetValue(conllu)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"File not found: {path}");
                return 2;
            }
            var documents = ConlluDocument.Build(ConlluReader.ReadFile(path));
            var extractor = new ExtractorBuilder().Build();
            var report = TokenizationEvaluator.Evaluate(extractor, documents, parseResult.GetValue(errors));
            Print(report);
            return 0;
        });
        return command;
    }

    private static void Print(TokenizationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var e in report.TokenErrors) Console.WriteLine("token    " + e);
        foreach (var e in report.SentenceErrors) Console.WriteLine("sentence " + e);
        Console.WriteLine(string.Create(c, $"documents {report.Documents}"));
        Console.WriteLine(string.Create(c, $"tokens    gold {report.Tokens.Gold}  predicted {report.Tokens.Predicted}  matched {report.Tokens.Matched}  P {report.Tokens.Precision:F4}  R {report.Tokens.Recall:F4}  F1 {report.Tokens.F1:F4}"));
        Console.WriteLine(string.Create(c, $"sentences gold {report.Sentences.Gold}  predicted {report.Sentences.Predicted}  matched {report.Sentences.Matched}  P {report.Sentences.Precision:F4}  R {report.Sentences.Recall:F4}  F1 {report.Sentences.F1:F4}"));
        Console.WriteLine(report.LemmaAccuracy is { } lemma
            ? string.Create(c, $"lemma     accuracy {lemma:F4} on {report.LemmaChecked} span-matched tokens")
            : "lemma     (morphology stage not present)");
        Console.WriteLine(report.PosAccuracy is { } pos
            ? string.Create(c, $"upos      accuracy {pos:F4} on {report.PosChecked} span-matched tokens")
            : "upos      (morphology stage not present)");
    }
}
