using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction evaluate …</c>: measures a stage against gold data.</summary>
internal static class EvaluateCommand
{
    public static Command Create()
    {
        var command = new Command("evaluate", "Evaluate a stage against gold data.");
        // Each stage adds its subcommand here.
        command.Subcommands.Add(EvaluateTokensCommand.Create());
        command.Subcommands.Add(MorphologyCommands.CreateEvaluate());
        command.Subcommands.Add(RelationCommands.CreateEvaluate());
        command.Subcommands.Add(EntityCommands.CreateEvaluate());
        command.Subcommands.Add(EvaluateWeaponsCommand.Create());
        return command;
    }
}
