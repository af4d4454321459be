using System.CommandLine;
using Extraction.Cli.Commands;

namespace Extraction.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("Extraction: Ukrainian news text to entities and relation triples.")
        {
            ExtractCommand.Create(),
            BenchCommand.Create(),
            TrainCommand.Create(),
            EvaluateCommand.Create(),
        };
        return root.Parse(args).Invoke();
    }
}
