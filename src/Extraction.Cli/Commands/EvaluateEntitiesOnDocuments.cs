using System.Globalization;
using Extraction.Pipeline;
using Extraction.Training.Entities;

namespace Extraction.Cli.Commands;

/// <summary><c>evaluate entities --gold BRAT_DIR</c>: the whole pipeline on raw documents, scored by character offsets.</summary>
internal static class EvaluateEntitiesOnDocuments
{
    public static int Run(string folder, string split, string? modelPath, string? errorsPath)
    {
        HashSet<string>? ids = null;
        if (!split.Equals("ALL", StringComparison.OrdinalIgnoreCase))
        {
            string? splitFile = FindSplitFile(folder);
            if (splitFile is null)
            {
                Console.Error.WriteLine($"error: no dev-test-split.txt above '{folder}'; pass --split ALL to score every document");
                return 2;
            }
            ids = BratCorpus.ReadSplit(splitFile, split.ToUpperInvariant());
        }
        var documents = BratCorpus.Read(folder, ids);
        if (documents.Count == 0)
        {
            Console.Error.WriteLine($"error: no brat documents of split {split} in '{folder}'");
            return 1;
        }

        var builder = new ExtractorBuilder().WithoutRelations();
        if (modelPath is not null) builder.UseEntityModel(modelPath);
        var extractor = builder.Build();
        var result = DocumentEntityEvaluator.Evaluate(extractor, documents);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model {modelPath ?? "embedded"}; gold {folder} ({split}): {documents.Count:N0} raw documents, {result.Characters:N0} characters, {documents.Sum(d => d.Spans.Count):N0} gold spans (nested ones included)"));
        Console.Write(result.Scores.Format());
        if (errorsPath is not null)
        {
            using var writer = new StreamWriter(errorsPath);
            DocumentEntityEvaluator.WriteErrors(writer, documents, result);
        }
        return 0;
    }

    private static string? FindSplitFile(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "dev-test-split.txt");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
