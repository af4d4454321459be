using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction bench</c>: throughput per stage and in total.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Run the pipeline over files and print tokens/s per stage and in total.");
        return command;
    }
}
