using System.Diagnostics;
using GilGrid.Client.Grid;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>A silo that dies in the middle of a map (killed, no shutdown): the calls in flight on it
/// are given up as soon as the cluster sees it gone, its inputs run again on the silos that stay, and
/// every input gets its result.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PoolSiloLossTests(ClusterFixture fixture)
{
    private const string Source = """
        import time


        def slow(x):
            end = time.monotonic() + 0.02
            while time.monotonic() < end:
                pass
            return x + 1

        """;

    private const int Count = 300;

    [Fact]
    public async Task A_map_finishes_with_every_result_when_a_silo_is_killed_during_it()
    {
        var plugin = new PluginBundle("lossplug", [new PluginModule("lossplug", Source)]);
        var third = await fixture.Cluster.StartAdditionalSiloAsync();
        var killed = third.SiloAddress.Endpoint.ToString();
        var grid = new ClusterGrid(fixture.Grains);
        var inputs = Enumerable.Range(0, Count).Select(i => MapCall.Of(new WireInt(i))).ToList();
        Task? kill = null;
        var clock = Stopwatch.StartNew();

        var result = await grid.MapAsync(plugin, "lossplug:slow", inputs, new MapOptions
        {
            // Once the third silo has served a few inputs, kill it (on another thread: this
            // callback runs under the map's lock) while it has calls in flight.
            OnResult = (index, outcome) =>
            {
                if (kill is null && outcome?.Worker == killed && index >= 8)
                    kill = Task.Run(() => fixture.Cluster.KillSiloAsync(third));
            },
        }).WaitAsync(TimeSpan.FromMinutes(3));
        clock.Stop();

        Assert.NotNull(kill);
        await kill;
        // Every input has its result: a call lost with the silo would have ended in the client's
        // 30 s response timeout, reported as a TimeoutException failure.
        Assert.All(result.Outcomes.Select((o, i) => (o, i)), p => Assert.Equal(new WireInt(p.i + 1), p.o!.Result));
        Assert.Equal(Count, result.Summary.Succeeded);
        Assert.Contains(killed, result.Summary.PerWorker.Keys);
        Assert.True(result.Summary.PerWorker.Keys.Count(k => k != killed) >= 2, "the other silos took over");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(90), $"the map took {clock.Elapsed}");
    }
}
