using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>The grain's value-returning calls: Call and Eval, with wire values in and out.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InterpreterGrainValueTests(ClusterFixture fixture)
{
    private IInterpreterGrain Interpreter(string name) => fixture.Grains.GetGrain<IInterpreterGrain>(name);

    [Fact]
    public async Task Call_runs_a_main_function_with_wire_arguments_and_returns_a_wire_value()
    {
        var grain = Interpreter("value-call");
        await grain.Exec("def scale(items, factor=1, *, tag):\n    print('scaling', tag)\n    return {tag: [x * factor for x in items], 'n': (len(items), None)}\n");

        var result = await grain.Call("__main__", "scale", [new WireList(new WireInt(2), new WireFloat(0.5))],
            new WireDict([new WireStr("factor"), new WireStr("tag")], [new WireInt(3), new WireStr("t")]));

        Assert.Equal(new WireDict([new WireStr("t"), new WireStr("n")],
            [new WireList(new WireInt(6), new WireFloat(1.5)), new WireTuple(new WireInt(2), WireNone.Instance)]), result.Value);
        Assert.Equal(("scaling t\n", "", null), (result.Stdout, result.Stderr, result.Error));
    }

    [Fact]
    public async Task Call_imports_a_module_and_reports_its_errors()
    {
        var grain = Interpreter("value-import");

        var gcd = await grain.Call("math", "gcd", [new WireInt(12), new WireInt(18)]);
        var missing = await grain.Call("no_such_module_here", "f", []);
        var raised = await grain.Call("builtins", "int", [new WireStr("x")]);

        Assert.Equal((new WireInt(6), null), (gcd.Value, gcd.Error));
        Assert.Equal(("ModuleNotFoundError", "No module named 'no_such_module_here'"), (missing.Error?.TypeName, missing.Error?.Message));
        Assert.Null(raised.Value);
        Assert.Equal(("ValueError", "invalid literal for int() with base 10: 'x'"), (raised.Error?.TypeName, raised.Error?.Message));
        Assert.EndsWith("ValueError: invalid literal for int() with base 10: 'x'\n", raised.Error?.Traceback);
    }

    [Fact]
    public async Task Eval_returns_values_and_refuses_ones_that_cannot_cross()
    {
        var grain = Interpreter("value-eval");
        await grain.Exec("data = {'k': frozenset({1})}\nbig = 2 ** 70\n");

        Assert.Equal(new WireDict([new WireStr("k")], [new WireSet([new WireInt(1)], frozen: true)]), (await grain.Eval("data")).Value);
        Assert.Equal(WireBigInt.Of(System.Numerics.BigInteger.Pow(2, 70)), (await grain.Eval("big")).Value);
        var refused = await grain.Eval("object()");
        Assert.Equal("NotShareableError", refused.Error?.TypeName);
        Assert.Null(refused.Value);
        var status = await grain.Status();
        Assert.Equal((4, 1), (status.CallsCompleted, status.CallsFailed));
    }

    [Fact]
    public async Task A_cancelled_call_stops_and_the_state_stays()
    {
        var grain = Interpreter("value-cancel");
        await grain.Exec("count = 0\ndef spin():\n    global count\n    count += 1\n    while True:\n        pass\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => grain.Call("__main__", "spin", ImmutableArray<WireValue>.Empty, null, cancel.Token));

        Assert.Equal(new WireInt(1), (await grain.Eval("count").WaitAsync(TimeSpan.FromSeconds(5))).Value);
    }
}
