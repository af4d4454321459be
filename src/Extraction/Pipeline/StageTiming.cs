using System.Collections.Concurrent;

namespace Extraction.Pipeline;

/// <summary>Accumulates time and allocated bytes per stage, for the benchmark command. Thread-safe.</summary>
internal sealed class StageTiming
{
    private readonly ConcurrentDictionary<string, long> _ticks = new();
    private readonly ConcurrentDictionary<string, long> _allocatedBytes = new();

    public void Add(string stage, TimeSpan elapsed, long allocatedBytes)
    {
        _ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);
        _allocatedBytes.AddOrUpdate(stage, allocatedBytes, (_, b) => b + allocatedBytes);
    }

    public IReadOnlyDictionary<string, TimeSpan> Snapshot() => _ticks.ToDictionary(p => p.Key, p => TimeSpan.FromTicks(p.Value));

    public IReadOnlyDictionary<string, long> AllocatedBytes() => new Dictionary<string, long>(_allocatedBytes);
}
