using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Modules.Concurrency;
using GilGrid.Interp.Objects;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>
/// Interpreters under one Shared GIL: a thread entering another Shared interpreter hands the lock
/// over, and a thread waiting for any Shared interpreter makes the holder yield at the switch
/// interval. Each test would hang (and fail on its timeout) without the hand-off, whatever the timing.
/// </summary>
public sealed class SharedGilTests
{
    private static readonly InterpreterConfig SharedConfig = InterpreterConfig.Isolated with { Gil = GilMode.Shared };

    /// <summary>Binds `name` in <paramref name="interp"/>'s `__main__` to a handle on <paramref name="other"/>.</summary>
    private static void GiveHandle(Interpreter interp, string name, Interpreter other) =>
        interp.RunHosted(() =>
        {
            interp.MainModule.Globals.Set(name, new InterpreterHandle(other));
            return Py.None;
        });

    private static void RunWithin(TimeSpan limit, Action action)
    {
        var task = Task.Factory.StartNew(action, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(limit), "the interpreters deadlocked");
    }

    [Fact]
    public void Code_of_one_shared_interpreter_calls_into_another_and_back()
    {
        var output = new StringWriter();
        using var a = new Interpreter(SharedConfig, new InterpreterOptions { Stdout = output });
        using var b = new Interpreter(SharedConfig, new InterpreterOptions { Stdout = output });
        GiveHandle(a, "b", b);
        GiveHandle(b, "a", a);
        RunWithin(TimeSpan.FromSeconds(30), () => a.Exec("""
            import interpreters
            b.exec("import interpreters\nx = 6 * 7\nprint('in b', interpreters.get_current().id == b_id)")
            print(b.call(divmod, 7, 2), b.is_running())
            try:
                b.exec("a.exec('pass')")
            except interpreters.ExecutionFailed as e:
                print(e.excinfo.type.__name__, e.excinfo.msg)
            """.Replace("b_id", b.Id.ToString())));
        Assert.Equal("in b True\n(3, 1) False\nInterpreterError interpreter already running\n", output.ToString());
    }

    [Fact]
    public void A_thread_waiting_for_one_shared_interpreter_makes_a_thread_spinning_in_another_yield()
    {
        // A's thread runs B's code, which spins in bytecode until A's main thread answers; A's main
        // thread spins until B's code has started. Both need the one lock in turn.
        var output = new StringWriter();
        using var a = new Interpreter(SharedConfig, new InterpreterOptions { Stdout = output });
        using var b = new Interpreter(SharedConfig);
        GiveHandle(a, "b", b);
        RunWithin(TimeSpan.FromSeconds(60), () => a.Exec("""
            import interpreters, threading, sys
            sys.setswitchinterval(0.001)
            started, answer = interpreters.create_queue(), interpreters.create_queue()
            b.prepare_main(started=started, answer=answer)
            def drive():
                b.exec("started.put(1)\nwhile answer.empty():\n    pass\nanswer.get()")
            t = threading.Thread(target=drive)
            t.start()
            while started.empty():
                pass
            answer.put('go')
            t.join()
            print(started.get(), answer.empty(), b.is_running())
            """));
        Assert.Equal("1 True False\n", output.ToString());
    }

    [Fact]
    public void Pool_workers_of_shared_interpreters_take_turns_at_the_switch_interval()
    {
        // Each worker spins until both have arrived: under one lock only hand-offs let the second arrive.
        using var pool = new InterpreterPool(2, new InterpreterPoolOptions
        {
            Config = SharedConfig,
            Modules = new Dictionary<string, string> { ["plugin"] = """
                import interpreters
                def meet(queue_id):
                    q = interpreters.Queue(queue_id)
                    q.put(None)
                    while q.qsize() < 2:
                        pass
                    return True
                """ },
        });
        var queue = CrossQueue.Create(0);
        RunWithin(TimeSpan.FromSeconds(60), () =>
        {
            var both = pool.MapAsync([new PoolCall("plugin", "meet", [CrossValue.From(queue.Id)]),
                new PoolCall("plugin", "meet", [CrossValue.From(queue.Id)])]).Result;
            Assert.All(both, r => Assert.Equal(CrossValue.From(true), r.Value));
        });
        queue.Destroy();
    }

    [Fact]
    public void Shared_interpreters_running_at_once_never_overlap_inside_bytecode()
    {
        Assert.Equal(1, MaxInsideProbe(SharedConfig, "shared-pair"));
    }

    /// <summary>Two interpreters on two threads, both started, call `probe` (which spins holding the GIL) many times.</summary>
    private static int MaxInsideProbe(InterpreterConfig config, string key)
    {
        using var pool = new InterpreterPool(2, new InterpreterPoolOptions
        {
            Config = config,
            Modules = new Dictionary<string, string> { ["plugin"] = """
                import interpreters, _testmultiphase as m
                def work(key, queue_id):
                    q = interpreters.Queue(queue_id)
                    q.put(None)
                    while q.qsize() < 2:
                        pass
                    for i in range(300):
                        m.probe(key, 20000)
                    return m.probe_max(key)
                """ },
        });
        var queue = CrossQueue.Create(0);
        var call = new PoolCall("plugin", "work", [CrossValue.From(key), CrossValue.From(queue.Id)]);
        var results = pool.MapAsync([call, call]).Result;
        queue.Destroy();
        return results.Max(r => (int)((CrossInt)r.Value!).Value);
    }
}
