using System.Diagnostics;

namespace GilGrid.Bench.Grid;

/// <summary>Latency of one call at a time, in microseconds, and the rate it allows.</summary>
public sealed record Latency(double P50, double P99, double CallsPerSecond);

/// <summary>Time-boxed call loops: each warms up, then runs for a fixed time, so a slow call shape
/// does not take longer to measure than a fast one.</summary>
public static class CallBench
{
    /// <summary>One outstanding call at a time.</summary>
    public static async Task<Latency> SequentialAsync(Func<Task> call, TimeSpan duration)
    {
        await RunForAsync(call, duration / 4);
        var samples = new List<long>();
        var end = Stopwatch.GetTimestamp() + Ticks(duration);
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetTimestamp() < end)
        {
            var before = Stopwatch.GetTimestamp();
            await call();
            samples.Add(Stopwatch.GetTimestamp() - before);
        }
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        samples.Sort();
        double Micro(double quantile) => samples[(int)(quantile * (samples.Count - 1))] * 1e6 / Stopwatch.Frequency;
        return new Latency(Micro(0.5), Micro(0.99), samples.Count / elapsed);
    }

    /// <summary>Calls per second with <paramref name="outstanding"/> calls in flight; loop i calls
    /// <paramref name="call"/>(i), so the caller spreads loops over grains.</summary>
    public static async Task<double> ParallelAsync(Func<int, Task> call, int outstanding, TimeSpan duration)
    {
        await Task.WhenAll(Enumerable.Range(0, outstanding).Select(i => RunForAsync(() => call(i), duration / 4)));
        var started = Stopwatch.GetTimestamp();
        var counts = await Task.WhenAll(Enumerable.Range(0, outstanding).Select(i => RunForAsync(() => call(i), duration)));
        return counts.Sum() / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private static async Task<long> RunForAsync(Func<Task> call, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + Ticks(duration);
        long count = 0;
        while (Stopwatch.GetTimestamp() < end)
        {
            await call();
            count++;
        }
        return count;
    }

    private static long Ticks(TimeSpan duration) => (long)(duration.TotalSeconds * Stopwatch.Frequency);
}
