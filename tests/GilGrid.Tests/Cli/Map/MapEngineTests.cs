using GilGrid.Client.Grid;
using GilGrid.Client.Map;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using Xunit;

namespace GilGrid.Tests.Cli.Map;

/// <summary>The backend-independent part of a map, driven with a fake worker; outcomes are shown as
/// the command line writes them.</summary>
public sealed class MapEngineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static IReadOnlyList<MapCall> Inputs(int count) =>
        MapInput.Read(new StringReader(string.Join("\n", Enumerable.Range(0, count))), "test").Select(i => i.Call).ToList();

    private static long Arg(MapCall call) => ((WireInt)call.Args[0]).Value;

    private sealed class Worker(Func<MapCall, CancellationToken, Task<MapOutcome>> call) : IMapWorker
    {
        public Task<MapOutcome> CallAsync(MapCall input, CancellationToken cancellationToken) => call(input, cancellationToken);
    }

    /// <summary>A worker that takes chunks: records each chunk's inputs, answers with their squares,
    /// later chunks first.</summary>
    private sealed class ChunkWorker : IMapWorker
    {
        public List<long[]> Chunks { get; } = [];

        public bool SendsChunks => true;

        public Task<MapOutcome> CallAsync(MapCall input, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a chunking worker gets chunks");

        public async Task<IReadOnlyList<MapOutcome>> CallChunkAsync(IReadOnlyList<MapCall> chunk, CancellationToken cancellationToken)
        {
            lock (Chunks)
                Chunks.Add([.. chunk.Select(Arg)]);
            await Task.Delay(TimeSpan.FromMilliseconds(100 - Arg(chunk[0])), cancellationToken);
            return [.. chunk.Select(c => MapOutcome.Success(new WireInt(Arg(c) * Arg(c)), "silo"))];
        }
    }

    private static async Task<(string[] Lines, MapSummary Summary)> Run(IReadOnlyList<MapCall> items, IMapWorker worker,
        int maxInFlight, bool failFast = false, CancellationToken cancellationToken = default)
    {
        var lines = new List<string>();
        var options = new MapOptions
        {
            FailFast = failFast,
            OnResult = (index, outcome) =>
            {
                Assert.Equal(lines.Count, index);
                lines.Add(MapOutput.Format(outcome).Line);
            },
            Validate = MapOutput.Unwritable,
        };
        var result = await new MapEngine(items, worker, options, maxInFlight).RunAsync(cancellationToken).WaitAsync(Patience);
        Assert.Equal(result.Summary.Reported, lines.Count);
        return ([.. lines], result.Summary);
    }

    [Fact]
    public async Task A_worker_that_takes_chunks_gets_about_four_per_slot_and_the_output_stays_in_order()
    {
        var worker = new ChunkWorker();

        var (lines, summary) = await Run(Inputs(100), worker, maxInFlight: 2);

        // Pool.map's rule: ceil(100 / (4 * 2)) = 13 inputs a chunk, the last one short.
        Assert.Equal([13, 13, 13, 13, 13, 13, 13, 9], worker.Chunks.OrderBy(c => c[0]).Select(c => c.Length));
        Assert.Equal(Enumerable.Range(0, 100), worker.Chunks.SelectMany(c => c).Order().Select(i => (int)i));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"{{\"result\": {i * i}}}"), lines);
        Assert.Equal((100, 100), (summary.Succeeded, summary.PerWorker["silo"]));
    }

    [Fact]
    public async Task Output_is_in_input_order_whatever_order_calls_finish_in()
    {
        // Later inputs finish first: each call waits longer the smaller its number.
        var worker = new Worker(async (item, ct) =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5 * (20 - Arg(item))), ct);
            return MapOutcome.Success(new WireInt(Arg(item) * Arg(item)), $"w{Arg(item) % 2}");
        });

        var (lines, summary) = await Run(Inputs(20), worker, maxInFlight: 8);

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{{\"result\": {i * i}}}"), lines);
        Assert.Equal((20, 20, 0, false), (summary.Succeeded, summary.Reported, summary.Failed, summary.Stopped));
        Assert.Equal(new Dictionary<string, int> { ["w0"] = 10, ["w1"] = 10 }, summary.PerWorker);
    }

    [Fact]
    public async Task No_more_calls_than_allowed_run_at_once()
    {
        var running = 0;
        var most = 0;
        var worker = new Worker(async (item, ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(2, ct);
            Interlocked.Decrement(ref running);
            return MapOutcome.Success(WireNone.Instance, "w");
        });

        await Run(Inputs(40), worker, maxInFlight: 3);

        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public async Task Failures_are_recorded_and_the_run_goes_on()
    {
        var worker = new Worker((item, _) => Task.FromResult(Arg(item) switch
        {
            1 => MapOutcome.Failure(new PythonError("ValueError", "bad 1", "Traceback...\nValueError: bad 1\n"), "w"),
            2 => MapOutcome.Success(new WireBytes([1]), "w"),
            3 => throw new InvalidOperationException("backend lost"),
            var n => MapOutcome.Success(new WireInt(n), "w"),
        }));

        var (lines, summary) = await Run(Inputs(5), worker, maxInFlight: 2);

        Assert.Equal(
        [
            """{"result": 0}""",
            """{"error": {"type": "ValueError", "message": "bad 1", "traceback": "Traceback...\nValueError: bad 1\n"}}""",
            """{"error": {"type": "TypeError", "message": "Object of type bytes is not JSON serializable", "traceback": ""}}""",
            """{"error": {"type": "InvalidOperationException", "message": "backend lost", "traceback": ""}}""",
            """{"result": 4}""",
        ], lines);
        Assert.Equal((2, 3, false), (summary.Succeeded, summary.Failed, summary.Stopped));
    }

    [Fact]
    public async Task Fail_fast_stops_at_the_first_failure()
    {
        var worker = new Worker(async (item, ct) =>
        {
            if (Arg(item) == 2)
                return MapOutcome.Failure(new PythonError("KeyError", "'x'", ""), "w");
            await Task.Yield();
            return MapOutcome.Success(new WireInt(Arg(item)), "w");
        });

        var (lines, summary) = await Run(Inputs(100), worker, maxInFlight: 1, failFast: true);

        Assert.Equal(["""{"result": 0}""", """{"result": 1}""", """{"error": {"type": "KeyError", "message": "'x'", "traceback": ""}}"""], lines);
        Assert.True(summary.Stopped);
        Assert.Equal(3, summary.Reported);
    }

    [Fact]
    public async Task Cancelling_keeps_every_finished_result()
    {
        using var cancel = new CancellationTokenSource();
        var finished = 0;
        var worker = new Worker(async (item, ct) =>
        {
            // Inputs 0, 2 and 3 finish, the third of them cancels the run; every other input hangs
            // until it is cancelled.
            if (Arg(item) is 0 or 2 or 3)
            {
                if (Interlocked.Increment(ref finished) == 3)
                    cancel.Cancel();
                return MapOutcome.Success(new WireInt(Arg(item)), "w");
            }
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("not cancelled");
        });

        var (lines, summary) = await Run(Inputs(10), worker, maxInFlight: 5, cancellationToken: cancel.Token);

        Assert.Equal(
        [
            """{"result": 0}""",
            """{"error": {"type": "CancelledError", "message": "the run stopped before this input finished", "traceback": ""}}""",
            """{"result": 2}""",
            """{"result": 3}""",
        ], lines);
        Assert.True(summary.Stopped);
        Assert.Equal((3, 0), (summary.Succeeded, summary.Failed));
    }

    [Fact]
    public async Task Progress_is_reported_at_the_start_and_after_each_input()
    {
        var reports = new List<MapProgressCounts>();
        var worker = new Worker((item, _) => Task.FromResult(MapOutcome.Success(WireNone.Instance, "w")));

        var result = await new MapEngine(Inputs(4), worker, new MapOptions { Progress = reports.Add }, 2).RunAsync(default);

        Assert.Equal([0, 1, 2, 3, 4], reports.Select(r => r.Done));
        Assert.Equal(4, result.Summary.Succeeded);
        Assert.All(result.Outcomes, o => Assert.Equal(WireNone.Instance, o?.Result));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
