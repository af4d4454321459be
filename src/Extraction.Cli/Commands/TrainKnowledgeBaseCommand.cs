using System.CommandLine;
using Extraction.Training.KnowledgeBase;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction train kb</c>: regenerates the knowledge base's country table from CLDR and the overlay.</summary>
internal static class TrainKnowledgeBaseCommand
{
    public static Command Create()
    {
        var cldr = new Option<string>("--cldr") { Description = "CLDR territory list (default ../shared/data/gazetteers/territories-cldr-uk.tsv)" };
        var overlay = new Option<string>("--overlay") { Description = "Hand-written overlay (default src/Extraction.Training/KnowledgeBase/country-overlay.tsv)" };
        var output = new Option<string>("--out") { Description = "Output file (default src/Extraction/KnowledgeBase/countries.tsv)" };
        var command = new Command("kb", "Regenerate the knowledge base's countries.tsv from CLDR names and the overlay.") { cldr, overlay, output };
        command.SetAction(parseResult =>
        {
            int count = CountryTableGenerator.WriteFile(
                parseResult.GetValue(cldr) ?? "../shared/data/gazetteers/territories-cldr-uk.tsv",
                parseResult.GetValue(overlay) ?? "src/Extraction.Training/KnowledgeBase/country-overlay.tsv",
                parseResult.GetValue(output) ?? "src/Extraction/KnowledgeBase/countries.tsv");
            Console.WriteLine($"wrote {count} countries");
            return 0;
        });
        return command;
    }
}
