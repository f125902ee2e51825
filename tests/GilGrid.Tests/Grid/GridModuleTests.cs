using System.Diagnostics;
using GilGrid.Grains.Interfaces;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>Python in one interpreter grain reaching others and cluster queues through `gilgrid`.</summary>
[Collection(ClusterCollection.Name)]
public sealed class GridModuleTests(ClusterFixture fixture)
{
    private IInterpreterGrain Interpreter(string name) => fixture.Grains.GetGrain<IInterpreterGrain>(name);

    /// <summary>Two interpreter names whose activations sit on different silos (placement decides).</summary>
    private async Task<(string, string)> OnTwoSilos(string prefix)
    {
        var first = $"{prefix}-0";
        var firstSilo = (await Interpreter(first).Status()).Silo;
        for (var i = 1; i < 40; i++)
        {
            var name = $"{prefix}-{i}";
            if ((await Interpreter(name).Status()).Silo != firstSilo) return (first, name);
        }
        throw new InvalidOperationException("placement put 40 grains on one silo");
    }

    [Fact]
    public async Task A_queue_carries_values_between_interpreters_on_different_silos()
    {
        var (producer, consumer) = await OnTwoSilos("queue-carrier");

        // maxsize 2: the producer blocks in put() until the consumer, on the other silo, takes values.
        var produced = Interpreter(producer).Exec("""
            import gilgrid
            q = gilgrid.Queue('carried', maxsize=2)
            for i in range(6):
                q.put((i, 'item', b'\x00'), timeout=20)
            print('done', q.maxsize)
            """);
        var consumed = await Interpreter(consumer).Exec("""
            import gilgrid
            q = gilgrid.Queue('carried')
            print([q.get(timeout=20) for _ in range(6)])
            """);

        Assert.Equal(new ExecResult("[(0, 'item', b'\\x00'), (1, 'item', b'\\x00'), (2, 'item', b'\\x00'), (3, 'item', b'\\x00'), (4, 'item', b'\\x00'), (5, 'item', b'\\x00')]\n", "", null), consumed);
        Assert.Equal(new ExecResult("done 2\n", "", null), await produced.WaitAsync(TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Queue_timeouts_raise_the_interpreters_queue_errors()
    {
        var result = await Interpreter("queue-errors").Exec("""
            import gilgrid, interpreters
            q = gilgrid.Queue('errors-q', maxsize=1)
            try:
                q.get(timeout=0.2)
            except interpreters.QueueEmpty as e:
                print('empty:', e)
            q.put_nowait(1)
            try:
                q.put(2, block=False)
            except gilgrid.QueueFull as e:
                print('full:', e)
            try:
                q.put([1])
            except interpreters.NotShareableError as e:
                print(type(e).__name__)
            print(q.get_nowait(), q.qsize(), q.empty())
            """);

        Assert.Equal(new ExecResult("empty: queue 'errors-q' is empty\nfull: queue 'errors-q' is full\nNotShareableError\n1 0 True\n", "", null), result);
    }

    [Fact]
    public async Task An_interpreter_calls_a_function_of_another_and_sees_its_output_and_errors()
    {
        var (caller, callee) = await OnTwoSilos("caller");
        await Interpreter(callee).Exec("""
            def add(a, b):
                print('adding', a, b)
                return {'sum': a + b, 'args': [a, b]}
            def fail():
                raise ValueError('no good')
            """);

        var result = await Interpreter(caller).Exec($$"""
            import gilgrid, interpreters
            print(gilgrid.call('{{callee}}', '__main__', 'add', 2, b=3))
            gilgrid.exec('{{callee}}', 'print("ran there")')
            try:
                gilgrid.call('{{callee}}', '__main__', 'fail')
            except interpreters.ExecutionFailed as e:
                print('failed:', e.excinfo.type.__name__, e.excinfo.msg)
            """);

        Assert.Equal(new ExecResult("adding 2 3\n{'sum': 5, 'args': [2, 3]}\nran there\nfailed: ValueError no good\n", "", null), result);
    }

    [Fact]
    public async Task A_call_cycle_fails_at_once_with_the_chain_instead_of_hanging()
    {
        await Interpreter("cycle-b").Exec("""
            import gilgrid
            def back():
                return gilgrid.call('cycle-a', '__main__', 'never')
            """);
        var watch = Stopwatch.StartNew();

        var result = await Interpreter("cycle-a").Exec("import gilgrid\ngilgrid.call('cycle-b', '__main__', 'back')");
        var self = await Interpreter("cycle-self").Exec("import gilgrid\ngilgrid.exec('cycle-self', 'pass')");

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal("ExecutionFailed", result.Error?.TypeName);
        Assert.StartsWith("RuntimeError: call cycle: cycle-a -> cycle-b -> cycle-a", result.Error?.Message);
        Assert.Equal("RuntimeError", self.Error?.TypeName);
        Assert.Equal("call cycle: cycle-self -> cycle-self", self.Error?.Message);
    }

    [Fact]
    public async Task Interrupt_reaches_code_blocked_in_a_grid_call()
    {
        var grain = Interpreter("blocked-in-grid");
        var running = grain.Exec("import gilgrid\ngilgrid.Queue('nobody-puts').get()\n");
        await InterpreterRecipeTests.WaitUntil(async () => (await grain.Status()).IsRunning);
        await Task.Delay(300);
        var watch = Stopwatch.StartNew();

        Assert.True(await grain.Interrupt());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"interrupt took {watch.Elapsed}");
        Assert.Equal("ok\n", (await grain.Exec("print('ok')")).Stdout);
    }

    [Fact]
    public void Only_grain_interpreters_have_the_gilgrid_module()
    {
        using var plain = new GilGrid.Interp.Interpreter();

        var error = Assert.Throws<GilGrid.Interp.PythonException>(() => plain.Exec("import gilgrid"));

        Assert.Equal("No module named 'gilgrid'", error.PyMessage);
    }
}
