using System.Collections.Immutable;
using GilGrid.Client.Grid;
using GilGrid.Client.Local;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Pools;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>
/// <see cref="ClusterGrid"/> on the 2-silo cluster: maps spread over both silos' pool workers, from
/// the external test client and from a client co-hosted in one silo, in input order with per-item
/// errors; and scripts run in a fresh interpreter grain.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PoolMapTests(ClusterFixture fixture)
{
    private const string Source = """
        import time

        calls = 0


        def work(x):
            global calls
            calls += 1
            if x % 7 == 3:
                raise ValueError(f"bad {x}")
            # Long enough that no worker finishes before the others have their first input.
            end = time.monotonic() + 0.01
            while time.monotonic() < end:
                pass
            return (x * x, calls > 0)


        def shout(text):
            print("shouting", text)
            return text.upper()

        """;

    private static readonly PluginBundle Plugin = new("poolplug", [new PluginModule("poolplug", Source)]);

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static IReadOnlyList<MapCall> Numbers(int count) =>
        Enumerable.Range(0, count).Select(i => MapCall.Of(new WireInt(i))).ToList();

    private string[] SiloEndpoints() =>
        fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.Endpoint.ToString()).Order(StringComparer.Ordinal).ToArray();

    private static void AssertInOrderWithErrors(MapResult result, int count)
    {
        Assert.Equal(count, result.Outcomes.Count);
        for (var i = 0; i < count; i++)
        {
            var outcome = result.Outcomes[i]!;
            if (i % 7 == 3)
            {
                Assert.Equal(("ValueError", $"bad {i}"), (outcome.Error?.TypeName, outcome.Error?.Message));
                Assert.Contains("  File \"poolplug.py\", line 10, in work\n    raise ValueError(f\"bad {x}\")\n", outcome.Error!.Traceback);
            }
            else
            {
                Assert.Equal(new WireTuple(new WireInt((long)i * i), WireBool.True), outcome.Result);
            }
        }
        Assert.Equal((count - count / 7 - (count % 7 > 3 ? 1 : 0), false), (result.Summary.Succeeded, result.Summary.Stopped));
    }

    [Fact]
    public async Task An_external_client_spreads_a_map_over_both_silos_in_input_order()
    {
        var grid = new ClusterGrid(fixture.Grains);

        var result = await grid.MapAsync(Plugin, "poolplug:work", Numbers(60)).WaitAsync(Patience);

        AssertInOrderWithErrors(result, 60);
        Assert.Equal("silo", result.Summary.WorkerKind);
        Assert.Equal(SiloEndpoints(), result.Summary.PerWorker.Keys.Order(StringComparer.Ordinal));
        Assert.All(result.Summary.PerWorker.Values, served => Assert.True(served > 0));
        Assert.Equal(60, result.Summary.PerWorker.Values.Sum());
    }

    [Fact]
    public async Task A_co_hosted_client_spreads_a_map_over_both_silos_too()
    {
        // The grain factory of the primary silo's own host: a [StatelessWorker] called from here
        // would only ever run on this silo.
        var silo = (InProcessSiloHandle)fixture.Cluster.Primary!;
        var grid = new ClusterGrid(silo.SiloHost.Services.GetRequiredService<IGrainFactory>());

        var result = await grid.MapAsync(Plugin, "poolplug:work", Numbers(30), new MapOptions { MaxInFlight = 2 })
            .WaitAsync(Patience);

        AssertInOrderWithErrors(result, 30);
        Assert.Equal(SiloEndpoints(), result.Summary.PerWorker.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Plugin_output_goes_to_the_given_writer_and_fail_fast_stops()
    {
        var printed = new StringWriter();
        var grid = new ClusterGrid(fixture.Grains);
        var inputs = new[] { "a", "b" }.Select(t => MapCall.Of(new WireStr(t))).Append(MapCall.Of(new WireInt(1))).ToList();

        var result = await grid.MapAsync(Plugin, "poolplug:shout", inputs,
            new MapOptions { MaxInFlight = 1, FailFast = true, PluginOutput = printed }).WaitAsync(Patience);

        Assert.Equal([new WireStr("A"), new WireStr("B"), null], result.Outcomes.Select(o => o?.Result));
        Assert.Equal("AttributeError", result.Outcomes[2]?.Error?.TypeName);
        Assert.True(result.Summary.Stopped);
        Assert.Equal("shouting a\nshouting b\nshouting 1\n", printed.ToString());
    }

    [Fact]
    public async Task A_missing_function_or_a_broken_plugin_fails_the_load()
    {
        var grid = new ClusterGrid(fixture.Grains);
        var broken = new PluginBundle("broken", [new PluginModule("broken", "def f(:\n    pass\n")]);

        var missing = await Assert.ThrowsAsync<PluginLoadException>(() => grid.MapAsync(Plugin, "poolplug:nosuch", Numbers(1)));
        var syntax = await Assert.ThrowsAsync<PluginLoadException>(() => grid.MapAsync(broken, "broken:f", Numbers(1)));

        Assert.True(missing.MissingFunction);
        Assert.Equal(("SyntaxError", false), (syntax.Error.TypeName, syntax.MissingFunction));
        Assert.Contains("File \"broken.py\", line 1", syntax.Error.Traceback);
    }

    [Fact]
    public async Task A_worker_without_its_plugin_says_so_instead_of_failing()
    {
        var plugin = new PoolPlugin(Plugin);
        var worker = fixture.Grains.GetGrain<IPoolWorkerGrain>($"{plugin.Key}/fresh/{Guid.NewGuid():N}");

        var before = await worker.Call(plugin.Key, "poolplug", "work", [new PoolWorkerCall([new WireInt(2)], null)]);
        var load = await worker.Load(plugin, "poolplug", "work");
        // A chunk of two inputs: one result each, in order, a Python error as a result.
        var after = await worker.Call(plugin.Key, "poolplug", "work",
            [new PoolWorkerCall([new WireInt(2)], null), new PoolWorkerCall([new WireInt(3)], null)]);

        Assert.True(before.NotLoaded);
        Assert.Null(load.Error);
        Assert.Contains(load.Silo, SiloEndpoints());
        Assert.True(load.Cores >= 1);
        var results = after.Results ?? throw new Xunit.Sdk.XunitException("no results after the load");
        Assert.Equal(2, results.Length);
        Assert.Equal(new WireTuple(new WireInt(4), WireBool.True), results[0].Value);
        Assert.Equal(("ValueError", "bad 3"), (results[1].Error?.TypeName, results[1].Error?.Message));
    }

    [Fact]
    public async Task A_script_runs_in_a_grain_with_its_argv_and_exit_status()
    {
        var grid = new ClusterGrid(fixture.Grains);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var program = PythonProgram.FromCode("import sys\nprint(sys.argv)\nprint('oops', file=sys.stderr)\nsys.exit(3)\n", ["x", "y"]);

        var outcome = await grid.RunAsync(program, stdout, stderr).WaitAsync(Patience);
        var failed = await grid.RunAsync(PythonProgram.FromCode("1/0", []), stdout, stderr).WaitAsync(Patience);

        Assert.Equal(3, outcome.ExitCode);
        Assert.Equal("['-c', 'x', 'y']\n", stdout.ToString());
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("ZeroDivisionError", failed.Error?.TypeName);
        // As `python -c`, the program's own lines show in its traceback.
        Assert.Equal("oops\nTraceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n",
            stderr.ToString());
    }
}
