using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction extract</c>: documents in, JSON out.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var command = new Command("extract", "Extract tokens, entities and relations from documents.");
        return command;
    }
}
