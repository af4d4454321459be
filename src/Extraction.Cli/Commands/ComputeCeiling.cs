using System.Diagnostics;

namespace Extraction.Cli.Commands;

/// <summary>
/// Measures how much faster the machine runs N copies of a pure compute loop at once than one copy: the upper bound
/// for any parallel speed-up here. Virtual machines with shared or throttled cores often give far less than N×.
/// </summary>
internal static class ComputeCeiling
{
    private const long Iterations = 200_000_000;

    public static double Measure(int threads)
    {
        Spin(Iterations / 10); // warm-up, so the loop runs optimized
        double single = Time(1);
        double parallel = Time(threads);
        return threads * single / parallel;
    }

    private static double Time(int threads)
    {
        var clock = Stopwatch.StartNew();
        var workers = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            workers[i] = new Thread(() => Spin(Iterations)) { IsBackground = true };
            workers[i].Start();
        }
        foreach (var worker in workers) worker.Join();
        return clock.Elapsed.TotalSeconds;
    }

    // A xorshift chain: each step depends on the last, so the JIT cannot fold or vectorize it away.
    private static ulong Spin(long iterations)
    {
        ulong x = 88172645463325252UL;
        for (long i = 0; i < iterations; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
        }
        GC.KeepAlive(x);
        return x;
    }
}
