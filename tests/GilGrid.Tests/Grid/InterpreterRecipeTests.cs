using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Orleans.Core.Internal;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>PrepareMain, Install, Reset, GetStats, Interrupt and Close, and the recipe outliving an activation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InterpreterRecipeTests(ClusterFixture fixture)
{
    private static readonly ExecResult Ok = new("", "", null);

    private IInterpreterGrain Interpreter(string name) => fixture.Grains.GetGrain<IInterpreterGrain>(name);

    internal static PluginBundle Greeter => new("greeter", [new PluginModule("greeter", """
        print('greeter imported')
        imports = 1
        def greet(name, punctuation='!'):
            return f'hello {name}{punctuation}'
        """)]);

    [Fact]
    public async Task Prepare_main_binds_shareable_values_and_refuses_a_list()
    {
        var grain = Interpreter("prepare-main");

        var prepared = await grain.PrepareMain(ImmutableDictionary<string, WireValue>.Empty
            .Add("n", new WireInt(7)).Add("pair", new WireTuple(new WireStr("a"), WireBool.True)));
        var refused = await grain.PrepareMain(ImmutableDictionary<string, WireValue>.Empty.Add("items", new WireList(new WireInt(1))));

        Assert.Equal(Ok, prepared);
        Assert.Equal("7 ('a', True)\n", (await grain.Exec("print(n, pair)")).Stdout);
        Assert.Equal("NotShareableError", refused.Error?.TypeName);
        Assert.Equal("False\n", (await grain.Exec("print('items' in globals())")).Stdout);
    }

    [Fact]
    public async Task An_installed_plugin_is_imported_at_once_and_callable()
    {
        var grain = Interpreter("install");

        var installed = await grain.Install(Greeter);
        var again = await grain.Install(Greeter);
        var call = await grain.Call("greeter", "greet", [new WireStr("grid")], new WireDict([new WireStr("punctuation")], [new WireStr("?")]));

        Assert.Equal(new ExecResult("greeter imported\n", "", null), installed);
        Assert.Equal(Ok, again);
        Assert.Equal(new WireStr("hello grid?"), call.Value);
        Assert.Equal<string>(["greeter"], (await grain.GetStats()).Bundles);
    }

    [Fact]
    public async Task A_new_version_of_a_plugin_replaces_the_old_one_in_a_fresh_interpreter()
    {
        var grain = Interpreter("install-upgrade");
        await grain.Install(Greeter);
        await grain.Exec("scratch = 1");
        var upgraded = new PluginBundle("greeter", [new PluginModule("greeter", "def greet(name):\n    return 'hi ' + name\n")]);

        Assert.Equal(new ExecResult("", "", null), await grain.Install(upgraded));
        var call = await grain.Call("greeter", "greet", [new WireStr("v2")]);

        var broken = await grain.Install(new PluginBundle("greeter", [new PluginModule("greeter", "raise ImportError('v3 is broken')\n")]));

        Assert.Equal("ImportError", broken.Error?.TypeName);
        Assert.Equal(new WireStr("hi v2"), call.Value);
        // The failed v3 left v2 in the recipe, and the rebuilt interpreter has it.
        Assert.Equal(new WireStr("hi again"), (await grain.Call("greeter", "greet", [new WireStr("again")])).Value);
        Assert.Equal("False\n", (await grain.Exec("print('scratch' in globals())")).Stdout);
        Assert.Equal<string>(["greeter"], (await grain.GetStats()).Bundles);
    }

    [Fact]
    public async Task A_plugin_that_fails_to_import_is_the_calls_error_and_is_not_installed()
    {
        var grain = Interpreter("install-broken");
        var broken = new PluginBundle("broken", [new PluginModule("broken", "import missing_dependency\n")]);

        var result = await grain.Install(broken);

        Assert.Equal("ModuleNotFoundError", result.Error?.TypeName);
        Assert.Equal("No module named 'missing_dependency'", result.Error?.Message);
        Assert.Contains("File \"broken.py\", line 1, in <module>", result.Error?.Traceback);
        Assert.Empty((await grain.GetStats()).Bundles);
    }

    [Fact]
    public async Task Reset_drops_the_heap_and_rebuilds_from_the_recipe()
    {
        var grain = Interpreter("reset");
        await grain.Install(Greeter);
        await grain.PrepareMain(ImmutableDictionary<string, WireValue>.Empty.Add("prepared", new WireStr("kept")));
        await grain.Exec("import greeter\ngreeter.imports += 1\nscratch = 1");

        await grain.Reset();
        var after = await grain.Exec("import greeter\nprint(greeter.imports, prepared, 'scratch' in globals())");

        // The plugin was imported afresh (its print shows in the first call after the reset).
        Assert.Equal(new ExecResult("greeter imported\n1 kept False\n", "", null), after);
    }

    [Fact]
    public async Task After_deactivation_the_plugin_is_back_and_the_heap_is_gone()
    {
        var grain = Interpreter("deactivated");
        await grain.Install(Greeter);
        await grain.Exec("scratch = 'heap'");
        var before = await grain.GetStats();

        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        await WaitUntil(async () => (await grain.GetStats()).Calls == 0);
        var after = await grain.Exec("print('scratch' in globals())\nimport sys\nprint('greeter' in sys.modules)");

        Assert.Equal(2, before.Calls);
        Assert.Equal(new ExecResult("greeter imported\nFalse\nTrue\n", "", null), after);
    }

    [Fact]
    public async Task Close_clears_the_recipe()
    {
        var grain = Interpreter("closed");
        await grain.Install(Greeter);

        await grain.Close();
        var after = await grain.Exec("import greeter");

        Assert.Equal("ModuleNotFoundError", after.Error?.TypeName);
        Assert.Empty((await grain.GetStats()).Bundles);
    }

    [Fact]
    public async Task Stats_count_calls_failures_allocation_and_modules()
    {
        var grain = Interpreter("stats");
        await grain.Exec("data = [str(i) for i in range(20000)]");
        await grain.Exec("1/0");

        var stats = await grain.GetStats();

        Assert.Equal(("stats", 2L, 1L), (stats.Name, stats.Calls, stats.Failures));
        Assert.Equal("ZeroDivisionError", stats.LastError?.TypeName);
        // 20,000 strings and a list of them: far more than a megabyte on any runtime.
        Assert.True(stats.AllocatedBytes > 1_000_000, $"allocated {stats.AllocatedBytes}");
        Assert.Contains("__main__", stats.ModulesLoaded);
        Assert.Contains("builtins", stats.ModulesLoaded);
        Assert.Contains(stats.Silo, fixture.Cluster.GetActiveSilos().Select(s => s.SiloAddress.ToString()));
    }

    [Fact]
    public async Task Interrupt_stops_the_running_call_and_the_interpreter_stays_usable()
    {
        var grain = Interpreter("interrupt");
        await grain.Exec("kept = 1");
        Assert.False(await grain.Interrupt());

        var running = grain.Exec("while True:\n    pass\n");
        await WaitUntil(async () => (await grain.Status()).IsRunning);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.True(await grain.Interrupt());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"interrupt took {watch.Elapsed}");
        Assert.Equal("1\n", (await grain.Exec("print(kept)")).Stdout);
    }

    [Fact]
    public async Task Limits_join_the_recipe_and_stop_a_runaway_call_with_a_timeout_error()
    {
        var grain = Interpreter("limits");
        await grain.Install(Greeter);

        await grain.Configure(new InterpreterLimits(CallTimeout: TimeSpan.FromMilliseconds(300), RecursionLimit: 123));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var runaway = await grain.Exec("while True:\n    pass\n");
        var after = await grain.Exec("import sys, greeter\nprint(sys.getrecursionlimit())");

        // The rebuilt interpreter imports the plugin again on its first call, the limited one.
        Assert.Equal(new ExecResult("greeter imported\n", "", new PythonError("TimeoutError", "deadline exceeded", "")), runaway);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the limited call took {watch.Elapsed}");
        Assert.Equal(new ExecResult("123\n", "", null), after);
    }

    internal static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) throw new TimeoutException("condition not met in 10 s");
            await Task.Delay(20);
        }
    }
}
