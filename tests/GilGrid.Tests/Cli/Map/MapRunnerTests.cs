using GilGrid.Client.Map;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using Xunit;

namespace GilGrid.Tests.Cli.Map;

public sealed class MapRunnerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static IReadOnlyList<MapItem> Inputs(int count) =>
        MapInput.Read(new StringReader(string.Join("\n", Enumerable.Range(0, count))), "test");

    private static long Arg(MapItem item) => ((WireInt)item.Args[0]).Value;

    private sealed class Worker(Func<MapItem, CancellationToken, Task<MapOutcome>> call) : IMapWorker
    {
        public Task<MapOutcome> CallAsync(MapItem item, CancellationToken cancellationToken) => call(item, cancellationToken);
    }

    private sealed class RecordingProgress : IMapProgress
    {
        public List<MapProgressCounts> Reports { get; } = [];
        public MapSummary? Summary { get; private set; }
        public void Start(int total) { }
        public void Report(MapProgressCounts counts) => Reports.Add(counts);
        public void Finish(MapSummary summary) => Summary = summary;
    }

    private static async Task<(string[] Lines, MapSummary Summary)> Run(IReadOnlyList<MapItem> items, IMapWorker worker,
        MapOptions options, CancellationToken cancellationToken = default)
    {
        var output = new StringWriter { NewLine = "\n" };
        var summary = await new MapRunner(items, worker, options, output, new RecordingProgress())
            .RunAsync(cancellationToken).WaitAsync(Patience);
        return (output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), summary);
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

        var (lines, summary) = await Run(Inputs(20), worker, new MapOptions(MaxInFlight: 8));

        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"{{\"result\": {i * i}}}"), lines);
        Assert.Equal((20, 20, 0, false), (summary.Succeeded, summary.Written, summary.Failed, summary.Stopped));
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

        await Run(Inputs(40), worker, new MapOptions(MaxInFlight: 3));

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

        var (lines, summary) = await Run(Inputs(5), worker, new MapOptions(MaxInFlight: 2));

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

        var (lines, summary) = await Run(Inputs(100), worker, new MapOptions(MaxInFlight: 1, FailFast: true));

        Assert.Equal(["""{"result": 0}""", """{"result": 1}""", """{"error": {"type": "KeyError", "message": "'x'", "traceback": ""}}"""], lines);
        Assert.True(summary.Stopped);
        Assert.Equal(3, summary.Written);
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

        var (lines, summary) = await Run(Inputs(10), worker, new MapOptions(MaxInFlight: 5), cancel.Token);

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
    public async Task Progress_is_reported_after_each_input()
    {
        var progress = new RecordingProgress();
        var worker = new Worker((item, _) => Task.FromResult(MapOutcome.Success(WireNone.Instance, "w")));

        await new MapRunner(Inputs(4), worker, new MapOptions(2), TextWriter.Null, progress).RunAsync(default);

        Assert.Equal([1, 2, 3, 4], progress.Reports.Select(r => r.Done));
        Assert.Equal(4, progress.Summary?.Succeeded);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
