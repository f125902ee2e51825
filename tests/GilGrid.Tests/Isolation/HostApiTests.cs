using System.Diagnostics;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;
using Xunit;

namespace GilGrid.Tests.Isolation;

public sealed class HostApiTests
{
    private static Interpreter Isolated(InterpreterOptions? options = null) => new(InterpreterConfig.Isolated, options ?? new InterpreterOptions());

    [Fact]
    public void Call_passes_arguments_and_keywords_and_converts_the_result()
    {
        using var interp = Isolated();
        interp.Exec("def f(a, b, *, scale=1):\n    return [a + b, {'scale': scale}, (a, None)]\n");

        var result = interp.Call("__main__", "f", [CrossValue.From(2), CrossValue.From(3)],
            new Dictionary<string, CrossValue> { ["scale"] = CrossValue.From(10) });

        var expected = CrossValue.List(CrossValue.From(5),
            new CrossDict([new(CrossValue.From("scale"), CrossValue.From(10))]),
            CrossValue.Tuple(CrossValue.From(2), CrossValue.None));
        Assert.Equal(expected, result);
    }

    [Fact]
    public void A_python_error_carries_type_message_and_traceback()
    {
        using var interp = Isolated();
        interp.InstallModule("plugin", "def boom(x):\n    return 1 / x\n");

        var e = Assert.Throws<PythonException>(() => interp.Call("plugin", "boom", [CrossValue.From(0)]));

        Assert.Equal("ZeroDivisionError", e.TypeName);
        Assert.Equal("division by zero", e.PyMessage);
        Assert.Contains("File \"plugin.py\", line 2, in boom", e.FormattedTraceback);
        Assert.EndsWith("ZeroDivisionError: division by zero", e.FormattedTraceback.TrimEnd());
    }

    [Fact]
    public void A_result_that_cannot_cross_is_a_NotShareableError()
    {
        using var interp = Isolated();
        var e = Assert.Throws<PythonException>(() => interp.EvalValue("object"));
        Assert.Equal("NotShareableError", e.TypeName);
        Assert.Equal("<class 'object'> does not support cross-interpreter data", e.PyMessage);
    }

    [Fact]
    public void PrepareMain_binds_shareable_values_and_refuses_copies()
    {
        using var interp = Isolated();
        interp.PrepareMain(new Dictionary<string, CrossValue> { ["x"] = CrossValue.From(41), ["t"] = CrossValue.Tuple(CrossValue.From("a")) });
        Assert.Equal(CrossValue.From(42), interp.EvalValue("x + len(t)"));

        var e = Assert.Throws<PythonException>(() => interp.PrepareMain(new Dictionary<string, CrossValue> { ["l"] = CrossValue.List() }));
        Assert.Equal("NotShareableError", e.TypeName);
    }

    [Fact]
    public void Import_reports_a_missing_module_as_a_python_error()
    {
        using var interp = Isolated();
        var e = Assert.Throws<PythonException>(() => interp.Import("no_such_module"));
        Assert.Equal("ModuleNotFoundError", e.TypeName);
        Assert.Equal("No module named 'no_such_module'", e.PyMessage);
    }

    [Fact]
    public void A_runaway_loop_stops_soon_after_its_deadline_and_the_interpreter_runs_again()
    {
        using var interp = Isolated(new InterpreterOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var clock = Stopwatch.StartNew();
        // except BaseException cannot catch the interruption: it is not a Python exception.
        Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("while True:\n    try:\n        pass\n    except BaseException:\n        pass\n"));
        // The check runs every ~10,000 back-edges (microseconds); the slack is for a loaded test machine.
        Assert.InRange(clock.ElapsedMilliseconds, 200, 700);
        Assert.Equal(CrossValue.From(3), interp.EvalValue("1 + 2"));
    }

    [Fact]
    public void The_tick_budget_stops_a_loop()
    {
        using var interp = Isolated(new InterpreterOptions { TickBudget = 10 });
        var e = Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("n = 0\nwhile True:\n    n += 1\n"));
        Assert.Equal("tick budget exhausted", e.Message);
        // Ten slices of ten thousand back-edges: the loop ran about 100,000 times, no more.
        var n = (CrossInt)interp.EvalValue("n");
        Assert.InRange((long)n.Value, 50_000, 120_000);
    }

    [Fact]
    public async Task A_call_cancelled_from_another_thread_stops_and_the_interpreter_stays_usable()
    {
        using var interp = Isolated();
        interp.Exec("def spin():\n    while True:\n        pass\n");
        using var cts = new CancellationTokenSource();
        var call = Task.Run(() => interp.Call("__main__", "spin", cancellation: cts.Token));
        await Task.Delay(50);
        cts.Cancel();
        var e = await Assert.ThrowsAsync<ExecutionInterruptedException>(() => call);
        Assert.Equal("cancelled", e.Message);
        Assert.Equal(CrossValue.From("ok"), interp.EvalValue("'ok'"));
    }

    [Fact]
    public void Deep_recursion_under_a_raised_limit_does_not_crash()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated with { RecursionLimit = 200_000 });
        interp.Exec("def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\n");
        Assert.Equal(CrossValue.From(100_000), interp.Call("__main__", "down", [CrossValue.From(100_000)]));
        var e = Assert.Throws<PythonException>(() => interp.Call("__main__", "down", [CrossValue.From(300_000)]));
        Assert.Equal("RecursionError", e.TypeName);
    }

    [Fact]
    public void A_closed_interpreter_refuses_work()
    {
        var interp = Isolated();
        interp.Exec("x = 1");
        interp.Close();
        Assert.True(interp.IsClosed);
        Assert.Throws<InterpreterClosedException>(() => interp.Exec("x = 2"));
    }

    [Fact]
    public void Exec_may_come_from_any_thread_and_is_serialised()
    {
        using var interp = Isolated();
        interp.Exec("n = 0\ndef add():\n    global n\n    for i in range(1000):\n        n += 1\n");
        Parallel.For(0, 8, _ => interp.Call("__main__", "add"));
        Assert.Equal(CrossValue.From(8000), interp.EvalValue("n"));
    }

    [Fact]
    public void The_callers_deadline_stops_code_it_runs_in_a_subinterpreter()
    {
        using var interp = Isolated(new InterpreterOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        interp.Exec("import interpreters\nsub = interpreters.create()\n");
        var clock = Stopwatch.StartNew();
        Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("sub.exec('while True:\\n    pass')"));
        // The point is that the subinterpreter's loop stops at all (without the caller's deadline it
        // spins forever); the upper bound is loose because the whole suite runs in parallel on 2 cores.
        Assert.InRange(clock.ElapsedMilliseconds, 250, 5000);
        interp.Exec("sub.exec('x = 1')\nok = sub.call(eval, 'x')");
        Assert.Equal(CrossValue.From(1), interp.EvalValue("ok"));
    }
}
