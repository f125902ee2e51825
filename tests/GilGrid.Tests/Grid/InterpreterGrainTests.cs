using Xunit;
using GilGrid.Grains.Interfaces;
using GilGrid.Tests.TestSupport;

namespace GilGrid.Tests.Grid;

[Collection(ClusterCollection.Name)]
public sealed class InterpreterGrainTests(ClusterFixture fixture)
{
    private IInterpreterGrain Interpreter(string name) => fixture.Grains.GetGrain<IInterpreterGrain>(name);

    [Fact]
    public async Task Cluster_has_two_silos()
    {
        Assert.Equal(2, fixture.Cluster.GetActiveSilos().Count());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Exec_returns_what_the_code_printed()
    {
        var result = await Interpreter("printer").Exec("for i in range(3):\n    print('line', i)\n");

        Assert.Equal(new ExecResult("line 0\nline 1\nline 2\n", "", null), result);
    }

    [Fact]
    public async Task Two_grains_are_two_isolated_interpreters_with_their_own_state()
    {
        var a = Interpreter("isolation-a");
        var b = Interpreter("isolation-b");

        Assert.Equal(new ExecResult("", "", null), await a.Exec("counter = 10\nimport sys\nsys.tag = 'a'"));
        Assert.Equal(new ExecResult("", "", null), await b.Exec("counter = 20"));

        // Each grain keeps its own __main__ between calls...
        Assert.Equal("11\n", (await a.Exec("counter += 1\nprint(counter)")).Stdout);
        Assert.Equal("21\n", (await b.Exec("counter += 1\nprint(counter)")).Stdout);
        // ...and its own modules: an attribute set on `sys` in one is not seen in the other.
        Assert.Equal("a\n", (await a.Exec("import sys\nprint(getattr(sys, 'tag', None))")).Stdout);
        Assert.Equal("None\n", (await b.Exec("import sys\nprint(getattr(sys, 'tag', None))")).Stdout);
    }

    [Fact]
    public async Task A_python_exception_comes_back_as_an_error_with_its_traceback()
    {
        var result = await Interpreter("raiser").Exec("print('partial')\n{}['missing']\n");

        Assert.Equal("partial\n", result.Stdout);
        Assert.Equal("KeyError", result.Error?.TypeName);
        Assert.Equal("'missing'", result.Error?.Message);
        // Whether source lines follow the File line is the engine's business (CPython 3.13 shows
        // them for `python -c` but not for a subinterpreter's exec); the frame and the last line are fixed.
        Assert.StartsWith("Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\n",
            result.Error?.Traceback);
        Assert.EndsWith("\nKeyError: 'missing'\n", result.Error?.Traceback);
    }

    [Fact]
    public async Task A_syntax_error_is_reported_and_the_grain_keeps_working()
    {
        var grain = Interpreter("syntax");

        var bad = await grain.Exec("x = (1,\n");
        var good = await grain.Exec("print('still here')");

        Assert.Equal("SyntaxError", bad.Error?.TypeName);
        Assert.Equal("'(' was never closed (<string>, line 1)", bad.Error?.Message);
        Assert.Equal("""
              File "<string>", line 1
                x = (1,
                    ^
            SyntaxError: '(' was never closed

            """, bad.Error?.Traceback);
        Assert.Equal(new ExecResult("still here\n", "", null), good);
    }

    [Fact]
    public async Task Stderr_is_captured_separately()
    {
        var result = await Interpreter("stderr").Exec("import sys\nprint('out')\nprint('err', file=sys.stderr)");

        Assert.Equal(new ExecResult("out\n", "err\n", null), result);
    }

    [Fact]
    public async Task Cancelling_a_call_stops_a_runaway_loop_and_the_grain_answers_the_next_call()
    {
        var grain = Interpreter("runaway");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => grain.Exec("while True:\n    pass\n", cancel.Token));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5), $"the cancelled call took {watch.Elapsed}");

        Assert.Equal(new ExecResult("alive\n", "", null), await grain.Exec("print('alive')").WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False((await grain.Status()).IsRunning);
    }

    [Fact]
    public async Task A_cancelled_call_keeps_the_interpreters_state()
    {
        var grain = Interpreter("cancel-keeps-state");
        await grain.Exec("kept = 41\nimport sys\nsys.tag = 'mine'\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => grain.Exec("kept += 1\nwhile True:\n    pass\n", cancel.Token));

        var after = await grain.Exec("import sys\nprint(kept, sys.tag)").WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(new ExecResult("42 mine\n", "", null), after);
    }

    [Fact]
    public async Task A_named_file_shows_in_tracebacks_without_any_wrapper_frame()
    {
        var grain = Interpreter("named-file");

        var failed = await grain.Exec("def f():\n    exec('1/0')\nf()\n", "job.py");
        var bad = await grain.Exec("x = (1,\n", "<stdin>");

        var traceback = failed.Error?.Traceback ?? "";
        Assert.StartsWith("Traceback (most recent call last):\n  File \"job.py\", line 3, in <module>\n", traceback);
        Assert.Contains("  File \"job.py\", line 2, in f\n", traceback);
        // The code's own exec frame stays: only the grain's wrapper is cut.
        Assert.Contains("  File \"<string>\", line 1, in <module>\n", traceback);
        Assert.EndsWith("\nZeroDivisionError: division by zero\n", traceback);
        Assert.Equal("SyntaxError", bad.Error?.TypeName);
        Assert.Equal("""
              File "<stdin>", line 1
                x = (1,
                    ^
            SyntaxError: '(' was never closed

            """, bad.Error?.Traceback);
        Assert.Equal("3\n", (await grain.Exec("print(1 + 2)", "<stdin>")).Stdout);
    }
}
