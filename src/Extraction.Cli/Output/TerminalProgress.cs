using System.Diagnostics;
using Spectre.Console;

namespace Extraction.Cli.Output;

/// <summary>
/// A live progress line on stderr (Spectre.Console) while documents stream through, shown only when stderr is a
/// terminal: redirected runs, pipes and CI logs get no control sequences.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>True when stderr is an interactive terminal.</summary>
    public static bool IsAvailable => !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, giving it a callback to report each finished document.</summary>
    public static void Run(Action<Action<bool>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        long documents = 0, failed = 0;
        long lastUpdate = 0;
        console.Status().Spinner(Spinner.Known.Dots).Start("starting…", context =>
        {
            work(ok =>
            {
                documents++;
                if (!ok) failed++;
                if (clock.ElapsedMilliseconds - lastUpdate < 200) return;
                lastUpdate = clock.ElapsedMilliseconds;
                double rate = documents / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                context.Status($"{documents:N0} documents ({failed:N0} failed), {rate:N0} documents/s");
            });
        });
        console.MarkupLine($"[grey]{documents:N0} documents ({failed:N0} failed) in {clock.Elapsed.TotalSeconds:N1} s[/]");
    }
}
