using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Extraction.Cli.Input;
using Extraction.Pipeline;

namespace Extraction.Cli.Commands;

/// <summary><c>extraction bench</c>: throughput per stage and in total, after a warm-up.</summary>
internal static class BenchCommand
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Plain-text files, JSONL files (*.jsonl: one {id, text} a line) or directories (every *.txt and *.jsonl in them).", Arity = ArgumentArity.OneOrMore };
        var threads = new Option<int>("--threads") { Description = "Documents processed at once (default 1, so figures compare).", DefaultValueFactory = _ => 1 };
        var passes = new Option<int>("--passes") { Description = "Timed passes over the inputs after the warm-up (default 3).", DefaultValueFactory = _ => 3 };
        var command = new Command("bench", "Run the full pipeline over the inputs (after a warm-up of at least two passes and 5 s) and print tokens/s per stage and in total.")
        {
            inputs, threads, passes,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs) ?? [], parse.GetValue(threads), parse.GetValue(passes), Console.Out));
        return command;
    }

    internal static int Run(IReadOnlyList<string> inputs, int threads, int passes, TextWriter output)
    {
        if (threads < 1 || passes < 1)
        {
            Console.Error.WriteLine("error: --threads and --passes must be at least 1");
            return 2;
        }

        var texts = LoadTexts(inputs);
        if (texts.Count == 0)
        {
            Console.Error.WriteLine("error: no documents found in the inputs");
            return 1;
        }

        var startup = Stopwatch.StartNew();
        var extractor = Extractor.CreateDefault();
        extractor.Extract("Прогрів."); // loads every model once
        startup.Stop();

        // Warm-up: long enough for tiered compilation to finish re-compiling the hot code with its profile. Until it
        // does, instrumented code updates shared counters from every thread, which hides most of the parallel speed-up.
        var warmUp = Stopwatch.StartNew();
        for (int pass = 0; pass < 2 || warmUp.Elapsed < WarmUpTime; pass++) RunPass(extractor, texts, threads, timing: null);

        var timing = new StageTiming();
        long tokens = 0;
        var memory = GcSnapshot.Take();
        var clock = Stopwatch.StartNew();
        for (int pass = 0; pass < passes; pass++) tokens += RunPass(extractor, texts, threads, timing);
        clock.Stop();
        var gc = GcSnapshot.Take() - memory;

        long characters = texts.Sum(t => (long)t.Length) * passes;
        output.WriteLine(Invariant($"documents: {texts.Count:N0} x {passes} passes, threads: {threads}, characters: {characters:N0}, start-up: {startup.Elapsed.TotalMilliseconds:N0} ms"));
        var elapsedByStage = timing.Snapshot();
        var allocatedByStage = timing.AllocatedBytes();
        foreach (string stage in extractor.StageNames)
        {
            var elapsed = elapsedByStage.GetValueOrDefault(stage);
            long allocated = allocatedByStage.GetValueOrDefault(stage);
            output.WriteLine(Line(stage, tokens, elapsed.TotalSeconds) + Invariant($", {allocated / (double)Math.Max(tokens, 1):N0} bytes/token allocated"));
        }
        output.WriteLine(Invariant($"allocated: {gc.AllocatedBytes / (double)Math.Max(tokens, 1):N0} bytes/token, GCs: {gc.Gen0} gen0 / {gc.Gen1} gen1 / {gc.Gen2} gen2, GC pauses: {gc.Pause.TotalMilliseconds:N0} ms ({100 * gc.Pause.TotalSeconds / Math.Max(clock.Elapsed.TotalSeconds, 1e-9):0.0} % of the time)"));
        output.WriteLine(Invariant($"peak memory: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):N0} MB"));
        if (threads > 1)
        {
            // How far this machine itself scales: shared or throttled virtual cores often give far less than N×.
            output.WriteLine(Invariant($"machine ceiling: {ComputeCeiling.Measure(threads):0.00}x with {threads} threads on a pure compute loop (no memory traffic), measured now"));
        }
        output.WriteLine(Line("total", tokens, clock.Elapsed.TotalSeconds));
        return 0;
    }

    private static long RunPass(Extractor extractor, IReadOnlyList<string> texts, int threads, StageTiming? timing)
    {
        long tokens = 0;
        foreach (int count in OrderedParallel.Map(
            texts, t => extractor.Run(t, CancellationToken.None, timing).Tokens.Length, threads, threads * 4, CancellationToken.None))
        {
            tokens += count;
        }
        return tokens;
    }

    private readonly record struct GcSnapshot(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
    {
        public static GcSnapshot Take() => new(
            GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

        public static GcSnapshot operator -(GcSnapshot after, GcSnapshot before) => new(
            after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2, after.Pause - before.Pause);
    }

    private static string Line(string name, long tokens, double seconds) =>
        Invariant($"{name}: {tokens} tokens in {seconds:0.###} s = {(seconds > 0 ? tokens / seconds : 0):0} tokens/s");

    private static List<string> LoadTexts(IReadOnlyList<string> inputs)
    {
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*.txt").Concat(Directory.EnumerateFiles(input, "*.jsonl")).Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(input);
            }
        }

        var texts = new List<string>();
        foreach (string file in files)
        {
            bool jsonl = file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
            foreach (var document in DocumentSource.Read([file], jsonl, Console.OpenStandardInput))
            {
                if (document.Text is not null) texts.Add(document.Text);
                else Console.Error.WriteLine($"warning: skipped {document.Origin}: {document.Error}");
            }
        }
        return texts;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
