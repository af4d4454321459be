using System.CommandLine;
using System.Text;
using Extraction.Cli.Input;
using Extraction.Cli.Output;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction extract [FILE ...]</c>: documents in, one result per document out, in input order.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "Plain-text files (or JSONL with --jsonl); none or '-' reads stdin.", Arity = ArgumentArity.ZeroOrMore };
        var jsonl = new Option<bool>("--jsonl") { Description = "Inputs hold one {\"id\", \"text\"} JSON object a line." };
        var pretokenized = new Option<bool>("--pretokenized") { Description = "Text is tokenized already: whitespace separates tokens, each line is a sentence." };
        var tokens = new Option<bool>("--tokens") { Description = "Include sentences with their tokens (lemma, pos, feats)." };
        var format = new Option<OutputFormat>("--format") { Description = "jsonl (default), json, tsv or html.", DefaultValueFactory = _ => OutputFormat.Jsonl };
        var output = new Option<string?>("--output") { Description = "Output file (default: stdout)." };
        var threads = new Option<int>("--threads") { Description = "Documents processed at once (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noRelations = new Option<bool>("--no-relations") { Description = "Skip relation extraction." };

        var command = new Command("extract", "Extract tokens, entities and relations from documents.")
        {
            files, jsonl, pretokenized, tokens, format, output, threads, noRelations,
        };
        command.SetAction(parse => Run(new ExtractSettings(
            parse.GetValue(files) ?? [],
            parse.GetValue(jsonl),
            parse.GetValue(pretokenized),
            parse.GetValue(tokens),
            parse.GetValue(format),
            parse.GetValue(output),
            parse.GetValue(threads),
            parse.GetValue(noRelations))));
        return command;
    }

    internal static int Run(ExtractSettings settings, TextWriter? stdout = null, TextWriter? stderr = null, Func<Stream>? stdin = null)
    {
        stderr ??= Console.Error;
        if (settings.Threads < 1)
        {
            stderr.WriteLine("error: --threads must be at least 1");
            return 2;
        }

        TextWriter writer;
        try
        {
            writer = settings.Output is null
                ? stdout ?? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16)
                : new StreamWriter(settings.Output, append: false, new UTF8Encoding(false), 1 << 16);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"error: cannot write the output '{settings.Output}': {error.Message}");
            return 1;
        }

        var builder = new ExtractorBuilder().UsePretokenizedInput(settings.Pretokenized);
        if (settings.NoRelations) builder.WithoutRelations();
        var extractor = builder.Build();

        if (!settings.Jsonl)
        {
            foreach (string file in settings.Files.Where(f => f.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)))
            {
                stderr.WriteLine($"note: '{file}' is read as one plain-text document; pass --jsonl to read one JSON document a line");
            }
        }

        var documents = DocumentSource.Read(settings.Files, settings.Jsonl, stdin ?? Console.OpenStandardInput);
        bool wrapInArray = settings.Jsonl || settings.Files.Count > 1;
        int failed = 0;
        try
        {
            using var sink = new ResultSink(writer, settings.Format, settings.Tokens, wrapInArray);
            void WriteAll(Action<bool> finished)
            {
                foreach (var (document, outcome) in OrderedParallel.Map(
                    documents, d => (d, Process(extractor, d)), settings.Threads, settings.Threads * 4, CancellationToken.None))
                {
                    if (outcome.Result is not null)
                    {
                        sink.Write(document.Id, outcome.Result);
                    }
                    else
                    {
                        failed++;
                        stderr.WriteLine($"error: {document.Origin}: {outcome.Error}");
                        sink.WriteError(document.Id, outcome.Error!);
                    }
                    finished(outcome.Result is not null);
                }
            }

            // A live progress line only for an interactive terminal and a stream of documents (JSONL or many files).
            if (stdout is null && wrapInArray && TerminalProgress.IsAvailable && (settings.Output is not null || Console.IsOutputRedirected)) TerminalProgress.Run(WriteAll);
            else WriteAll(static _ => { });
        }
        catch (IOException error)
        {
            stderr.WriteLine($"error: writing the output failed: {error.Message}");
            return 1;
        }
        finally
        {
            if (settings.Output is not null || stdout is null) writer.Dispose();
        }
        return failed == 0 ? 0 : 1;
    }

    private static (ExtractionResult? Result, string? Error) Process(Extractor extractor, CliDocument document)
    {
        if (document.Error is not null) return (null, document.Error);
        try
        {
            return (extractor.Extract(document.Text!), null);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            return (null, $"{error.GetType().Name}: {error.Message}");
        }
    }
}

/// <summary>The parsed options of <c>extraction extract</c>.</summary>
internal sealed record ExtractSettings(
    IReadOnlyList<string> Files,
    bool Jsonl,
    bool Pretokenized,
    bool Tokens,
    OutputFormat Format,
    string? Output,
    int Threads,
    bool NoRelations);
