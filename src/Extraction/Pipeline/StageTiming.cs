using System.Collections.Concurrent;

namespace Extraction.Pipeline;

/// <summary>Accumulates time spent per stage, for the benchmark command. Thread-safe.</summary>
internal sealed class StageTiming
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();

    public void Add(string stage, TimeSpan elapsed) => _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

    public IReadOnlyDictionary<string, TimeSpan> Snapshot() => _ticks.ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value));
}
