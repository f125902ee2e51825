using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Bench.Grid;

/// <summary>
/// Exec and Call on interpreter grains beside the same calls on <see cref="CeilingGrain"/>: one call
/// at a time on one grain (latency), and many calls in flight over several grains (throughput).
/// </summary>
public static class CallScenarios
{
    private const int GrainCount = 16;
    private const int Outstanding = 64;
    private const string AddSource = "def add(a, b):\n    return a + b\n";
    private static readonly ImmutableArray<WireValue> AddArgs = [new WireInt(1), new WireInt(2)];
    private static readonly WireValue Three = new WireInt(3);

    public static async Task RunAsync(string setup, IGrainFactory grains, TimeSpan duration)
    {
        var interpreters = Enumerable.Range(0, GrainCount)
            .Select(i => grains.GetGrain<IInterpreterGrain>($"bench-{setup}-{i}")).ToArray();
        var ceilings = Enumerable.Range(0, GrainCount)
            .Select(i => grains.GetGrain<ICeilingGrain>($"bench-{setup}-{i}")).ToArray();
        foreach (var interpreter in interpreters)
            Check(await interpreter.Exec(AddSource));

        await RowAsync(setup, "Exec \"x = 1\"", duration,
            async i => Check(await interpreters[i % GrainCount].Exec("x = 1")),
            async i => Check(await ceilings[i % GrainCount].Exec("x = 1")));
        await RowAsync(setup, "Call add(1, 2)", duration,
            async i => CheckThree(await interpreters[i % GrainCount].Call("__main__", "add", AddArgs)),
            async i => CheckThree(await ceilings[i % GrainCount].Call("__main__", "add", AddArgs)));
    }

    private static async Task RowAsync(string setup, string call, TimeSpan duration, Func<int, Task> ours, Func<int, Task> ceiling)
    {
        var oursOne = await CallBench.SequentialAsync(() => ours(0), duration);
        var ceilingOne = await CallBench.SequentialAsync(() => ceiling(0), duration);
        var oursMany = await CallBench.ParallelAsync(ours, Outstanding, duration);
        var ceilingMany = await CallBench.ParallelAsync(ceiling, Outstanding, duration);
        Console.WriteLine($"{setup,-10} {call,-15} one at a time: p50 {oursOne.P50,7:0.0} µs (ceiling {ceilingOne.P50,5:0.0}, x{oursOne.P50 / ceilingOne.P50,5:0.0})" +
            $"  p99 {oursOne.P99,7:0.0} µs (ceiling {ceilingOne.P99,6:0.0})  {oursOne.CallsPerSecond,8:N0}/s (ceiling {ceilingOne.CallsPerSecond,8:N0}/s)");
        Console.WriteLine($"{"",-10} {"",-15} {Outstanding} in flight over {GrainCount} grains: {oursMany,8:N0} calls/s (ceiling {ceilingMany,9:N0}/s, ratio {oursMany / ceilingMany:0.00})");
    }

    private static void Check(ExecResult result)
    {
        if (result.Error is { } error)
            throw new InvalidOperationException($"Exec failed: {error.TypeName}: {error.Message}");
    }

    private static void CheckThree(ValueResult result)
    {
        if (result.Error is { } error)
            throw new InvalidOperationException($"Call failed: {error.TypeName}: {error.Message}");
        if (!Equals(result.Value, Three))
            throw new InvalidOperationException($"add(1, 2) returned {result.Value}");
    }
}
