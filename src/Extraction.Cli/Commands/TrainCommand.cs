using System.CommandLine;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train …</c>: builds model files from the data in ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from data and write it to models/.");
        // Each stage adds its subcommand here.
        command.Subcommands.Add(MorphologyCommands.CreateTrain());
        command.Subcommands.Add(RelationCommands.CreateTrain());
        command.Subcommands.Add(EntityCommands.CreateTrain());
        command.Subcommands.Add(BlendEntitiesCommand.Create());
        command.Subcommands.Add(TrainKnowledgeBaseCommand.Create());
        return command;
    }
}
