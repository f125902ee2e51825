using Xunit;
using System.Diagnostics;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;

namespace GilGrid.Tests.Engine;

public class LimitsTests
{
    [Fact]
    public void FiftyThousandDeepRecursionOnADefaultStackThread()
    {
        var r = EngineHarness.RunOnDefaultStack("""
            import sys
            sys.setrecursionlimit(100000)
            def f(n):
                return 0 if n == 0 else 1 + f(n - 1)
            print(f(50000))
            """);
        Assert.Equal("50000\n", r.Stdout);
    }

    [Fact]
    public void NativeReentryRaisesRecursionErrorInsteadOfCrashing()
    {
        var r = EngineHarness.RunOnDefaultStack("""
            import sys
            sys.setrecursionlimit(1000000)
            class A:
                def __repr__(self): return repr(self)
            try:
                repr(A())
            except RecursionError:
                print("recursion")
            x = []
            for i in range(200000): x = [x]
            try:
                repr(x)
            except RecursionError:
                print("deep list")
            """);
        Assert.Equal("recursion\ndeep list\n", r.Stdout);
    }

    [Fact]
    public void DeeplyNestedSourceIsAnErrorNotACrash()
    {
        var r = EngineHarness.RunOnDefaultStack("x = " + string.Concat(Enumerable.Repeat("-", 100000)) + "1\n");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Error", r.Stderr);
    }

    [Fact]
    public void RunawayLoopStopsAtItsDeadlineAndTheInterpreterStaysUsable()
    {
        var stdout = new StringWriter();
        using var interp = new Interpreter(new InterpreterOptions { Stdout = stdout, Timeout = TimeSpan.FromMilliseconds(200) });
        var sw = Stopwatch.StartNew();
        var ex = Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("""
            try:
                while True:
                    pass
            except BaseException:
                print("caught")
            """));
        sw.Stop();
        Assert.Contains("deadline", ex.Message);
        Assert.True(sw.ElapsedMilliseconds < 200 + 100 + 400, $"took {sw.ElapsedMilliseconds} ms");
        Assert.Equal("", stdout.ToString());
        interp.Exec("print('again')");
        Assert.Equal("again\n", stdout.ToString().Replace("\r", ""));
    }

    [Fact]
    public void CancellationAndTickBudgetCannotBeCaught()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r1 = Assert.Throws<ExecutionInterruptedException>(() =>
            new Interpreter(new InterpreterOptions { Cancellation = cts.Token }).Exec("while True:\n    pass\n"));
        Assert.Contains("cancelled", r1.Message);
        var r2 = Assert.Throws<ExecutionInterruptedException>(() =>
            new Interpreter(new InterpreterOptions { TickBudget = 3 }).Exec("def f():\n    return 1\nwhile True:\n    f()\n"));
        Assert.Contains("budget", r2.Message);
    }
}
