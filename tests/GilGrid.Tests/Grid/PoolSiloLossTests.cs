using GilGrid.Client.Grid;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>A silo that leaves in the middle of a map: its workers come back on the silos that stay,
/// load the plugin again, and every input still gets its result.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PoolSiloLossTests(ClusterFixture fixture)
{
    private const string Source = """
        import time


        def slow(x):
            end = time.monotonic() + 0.05
            while time.monotonic() < end:
                pass
            return x + 1

        """;

    // More inputs than the test waits for: it stops the map once enough have finished after the
    // silo is gone, however long the silo's shutdown takes on a busy machine.
    private const int Count = 5000;
    private const int WantedAfterStop = 30;

    [Fact]
    public async Task A_map_goes_on_when_a_silo_leaves_during_it()
    {
        var plugin = new PluginBundle("lossplug", [new PluginModule("lossplug", Source)]);
        var third = await fixture.Cluster.StartAdditionalSiloAsync();
        var leaving = third.SiloAddress.Endpoint.ToString();
        var stopped = new TaskCompletionSource();
        using var enough = new CancellationTokenSource();
        var grid = new ClusterGrid(fixture.Grains);
        var inputs = Enumerable.Range(0, Count).Select(i => MapCall.Of(new WireInt(i))).ToList();
        var afterStop = 0;

        var result = await grid.MapAsync(plugin, "lossplug:slow", inputs, new MapOptions
        {
            // Once the third silo has served a few inputs, stop it (on another thread: this
            // callback runs under the map's lock).
            OnResult = (index, outcome) =>
            {
                if (stopped.Task.IsCompleted && ++afterStop == WantedAfterStop)
                    enough.Cancel();
                if (index == 8)
                    _ = Task.Run(async () =>
                    {
                        await fixture.Cluster.StopSiloAsync(third);
                        stopped.SetResult();
                    });
            },
        }, enough.Token).WaitAsync(TimeSpan.FromMinutes(3));

        // Every input that finished has its result: none was lost with the silo.
        var finished = result.Outcomes.Select((o, i) => (o, i)).Where(p => p.o is not null).ToList();
        Assert.All(finished, p => Assert.Equal(new WireInt(p.i + 1), p.o!.Result));
        Assert.InRange(finished.Count, WantedAfterStop + 9, Count);
        Assert.InRange(afterStop, WantedAfterStop, Count);
        Assert.Contains(leaving, result.Summary.PerWorker.Keys);
    }
}
