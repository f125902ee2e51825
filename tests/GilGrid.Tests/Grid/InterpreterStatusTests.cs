using System.Diagnostics;
using GilGrid.Grains.Interfaces;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

[Collection(ClusterCollection.Name)]
public sealed class InterpreterStatusTests(ClusterFixture fixture)
{
    private IInterpreterGrain Interpreter(string name) => fixture.Grains.GetGrain<IInterpreterGrain>(name);

    [Fact]
    public async Task A_fresh_interpreter_is_idle_with_no_calls()
    {
        var status = await Interpreter("status-fresh").Status();

        Assert.Equal("status-fresh", status.Name);
        Assert.False(status.IsRunning);
        Assert.Equal((0, 0), (status.CallsCompleted, status.CallsFailed));
        Assert.Null(status.LastError);
        Assert.Contains(status.Silo, fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToString()));
    }

    [Fact]
    public async Task Calls_and_failures_are_counted()
    {
        var grain = Interpreter("status-counts");
        await grain.Exec("x = 1");
        await grain.Exec("x / 0\n");

        var status = await grain.Status();

        Assert.Equal((2, 1), (status.CallsCompleted, status.CallsFailed));
        Assert.Equal("ZeroDivisionError", status.LastError?.TypeName);
    }

    [Fact]
    public async Task Status_answers_while_python_is_running()
    {
        var grain = Interpreter("status-busy");
        using var stop = new CancellationTokenSource();
        var busy = grain.Exec("while True:\n    pass\n", stop.Token);

        // Python runs on its own thread and the grain awaits it, so the interleaving Status call is
        // served at once instead of queueing behind the running call (which never ends by itself).
        InterpreterStatus? seenRunning = null;
        var slowest = TimeSpan.Zero;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (seenRunning is null && DateTime.UtcNow < deadline)
        {
            var watch = Stopwatch.StartNew();
            var status = await grain.Status();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            if (status.IsRunning)
                seenRunning = status;
            else
                await Task.Delay(5);
        }
        stop.Cancel();

        Assert.NotNull(seenRunning);
        Assert.True(slowest < TimeSpan.FromSeconds(1), $"a Status call took {slowest}");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => busy);
        Assert.Equal("after\n", (await grain.Exec("print('after')")).Stdout);
        Assert.False((await grain.Status()).IsRunning);
    }
}
