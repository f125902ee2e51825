using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Modules.Concurrency;
using Xunit;

namespace GilGrid.Tests.Isolation;

public sealed class InterpreterPoolTests
{
    private const string Plugin = """
        import interpreters

        def square(x):
            return x * x

        def fail(x):
            raise ValueError(f'bad {x}')

        def meet(queue_id, spins):
            # Arrive, then spin in pure bytecode (never releasing the GIL) until the other worker
            # has arrived too: only two interpreters running at the same instant can both see it.
            q = interpreters.Queue(queue_id)
            q.put(None)
            for i in range(spins):
                if q.qsize() >= 2:
                    return True
            return False

        def spin():
            while True:
                pass
        """;

    private static InterpreterPool Pool(int workers, InterpreterConfig? config = null) =>
        new(workers, new InterpreterPoolOptions
        {
            Config = config ?? InterpreterConfig.Isolated,
            Modules = new Dictionary<string, string> { ["plugin"] = Plugin },
        });

    private static PoolCall Call(string function, params CrossValue[] args) => new("plugin", function, args);

    [Fact]
    public async Task Two_own_gil_workers_are_inside_python_at_the_same_time()
    {
        using var pool = Pool(2);
        var queue = CrossQueue.Create(0);
        var both = await pool.MapAsync([Call("meet", CrossValue.From(queue.Id), CrossValue.From(50_000_000)),
            Call("meet", CrossValue.From(queue.Id), CrossValue.From(50_000_000))]);
        Assert.All(both, r => Assert.Equal(CrossValue.From(true), r.Value));
        Assert.Equal([0, 1], both.Select(r => r.Worker).Order());
        queue.Destroy();
    }

    [Fact]
    public async Task Map_keeps_input_order_with_per_item_errors()
    {
        using var pool = Pool(3);
        var calls = Enumerable.Range(0, 40).Select(i => i % 7 == 3 ? Call("fail", CrossValue.From(i)) : Call("square", CrossValue.From(i))).ToList();
        var results = await pool.MapAsync(calls);
        for (int i = 0; i < 40; i++)
        {
            if (i % 7 == 3)
            {
                var e = Assert.IsType<PythonException>(results[i].Error);
                Assert.Equal($"ValueError: bad {i}", e.Message);
            }
            else
                Assert.Equal(CrossValue.From((long)i * i), results[i].Value);
        }
    }

    [Fact]
    public async Task Submit_gives_the_value_or_the_error()
    {
        using var pool = Pool(2);
        Assert.Equal(CrossValue.From(81), await pool.SubmitAsync(Call("square", CrossValue.From(9))));
        await Assert.ThrowsAsync<PythonException>(() => pool.SubmitAsync(Call("fail", CrossValue.From(1))));
    }

    [Fact]
    public async Task Cancellation_stops_running_and_queued_calls_and_the_pool_goes_on()
    {
        using var pool = Pool(1);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var results = await pool.MapAsync([Call("spin"), Call("square", CrossValue.From(2))], cts.Token);
        Assert.All(results, r => Assert.IsAssignableFrom<OperationCanceledException>(r.Error));
        Assert.Equal(CrossValue.From(9), await pool.SubmitAsync(Call("square", CrossValue.From(3))));
    }

    [Fact]
    public void The_initializer_runs_on_each_worker_and_its_failure_is_reported()
    {
        int runs = 0;
        using (new InterpreterPool(3, new InterpreterPoolOptions { Initializer = i => { Interlocked.Increment(ref runs); i.Exec("x = 1"); } }))
            Assert.Equal(3, runs);

        var e = Assert.Throws<AggregateException>(() => new InterpreterPool(2, new InterpreterPoolOptions { Initializer = i => i.Exec("1/0") }));
        Assert.All(e.InnerExceptions, x => Assert.Equal("ZeroDivisionError", ((PythonException)x).TypeName));
    }

    [Fact]
    public async Task Dispose_finishes_queued_work_then_closes_the_interpreters()
    {
        var pool = Pool(2);
        var pending = Enumerable.Range(0, 10).Select(i => pool.SubmitAsync(Call("square", CrossValue.From(i)))).ToList();
        pool.Dispose();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => CrossValue.From((long)i * i)), await Task.WhenAll(pending));
        Assert.True(pool[0].IsClosed && pool[1].IsClosed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => pool.SubmitAsync(Call("square", CrossValue.From(1))));
    }
}
