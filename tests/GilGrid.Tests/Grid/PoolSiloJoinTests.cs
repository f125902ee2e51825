using GilGrid.Client.Grid;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Orleans.TestingHost;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>A silo that joins the cluster in the middle of a map gets workers of its own and takes
/// part of the remaining inputs; the results stay complete and in order.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PoolSiloJoinTests(ClusterFixture fixture)
{
    private const string Source = """
        import time


        def nap(x):
            time.sleep(0.05)
            return x * 2

        """;

    private const int Count = 600;

    [Fact]
    public async Task A_silo_that_joins_during_a_map_takes_part_of_it()
    {
        var plugin = new PluginBundle("joinplug", [new PluginModule("joinplug", Source)]);
        var grid = new ClusterGrid(fixture.Grains);
        var inputs = Enumerable.Range(0, Count).Select(i => MapCall.Of(new WireInt(i))).ToList();
        Task<SiloHandle>? joining = null;

        var result = await grid.MapAsync(plugin, "joinplug:nap", inputs, new MapOptions
        {
            // A few inputs in, start a third silo (on another thread: this runs under the map's lock).
            OnResult = (index, _) =>
            {
                if (joining is null && index >= 10)
                    joining = Task.Run(() => fixture.Cluster.StartAdditionalSiloAsync());
            },
        }).WaitAsync(TimeSpan.FromMinutes(3));

        Assert.NotNull(joining);
        var joined = await joining;
        try
        {
            Assert.All(result.Outcomes.Select((o, i) => (o, i)), p => Assert.Equal(new WireInt(p.i * 2), p.o!.Result));
            var newcomer = joined.SiloAddress.Endpoint.ToString();
            Assert.True(result.Summary.PerWorker.GetValueOrDefault(newcomer) > 0,
                $"the silo that joined ({newcomer}) ran no input: {string.Join(", ", result.Summary.PerWorker)}");
        }
        finally
        {
            await fixture.Cluster.StopSiloAsync(joined);
        }
    }
}
