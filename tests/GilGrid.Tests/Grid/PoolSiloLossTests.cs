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

    // Enough inputs that the map outlasts the silo's shutdown (each takes 50 ms of one core).
    private const int Count = 400;

    [Fact]
    public async Task A_map_finishes_when_a_silo_leaves_during_it()
    {
        var plugin = new PluginBundle("lossplug", [new PluginModule("lossplug", Source)]);
        var third = await fixture.Cluster.StartAdditionalSiloAsync();
        var leaving = third.SiloAddress.Endpoint.ToString();
        var stopped = new TaskCompletionSource();
        var grid = new ClusterGrid(fixture.Grains);
        var inputs = Enumerable.Range(0, Count).Select(i => MapCall.Of(new WireInt(i))).ToList();
        var afterStop = 0;

        var map = grid.MapAsync(plugin, "lossplug:slow", inputs, new MapOptions
        {
            // Once the third silo has served a few inputs, stop it (on another thread: this
            // callback runs under the map's lock).
            OnResult = (index, outcome) =>
            {
                if (stopped.Task.IsCompleted)
                    afterStop++;
                if (index == 8)
                    _ = Task.Run(async () =>
                    {
                        await fixture.Cluster.StopSiloAsync(third);
                        stopped.SetResult();
                    });
            },
        });
        var result = await map.WaitAsync(TimeSpan.FromMinutes(2));
        await stopped.Task.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Enumerable.Range(1, Count).Select(i => (WireValue)new WireInt(i)), result.Outcomes.Select(o => o?.Result));
        Assert.Contains(leaving, result.Summary.PerWorker.Keys);
        Assert.Equal(3, result.Summary.PerWorker.Count);
        // The silo was gone before the map ended: the rest ran on the other two.
        Assert.InRange(afterStop, 1, Count);
    }
}
