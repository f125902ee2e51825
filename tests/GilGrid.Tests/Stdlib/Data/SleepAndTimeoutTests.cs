using System.Diagnostics;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>time.sleep and regex matching stay under the host's control.</summary>
public class SleepAndTimeoutTests
{
    [Fact]
    public void SleepStopsAtTheInterpreterDeadline()
    {
        using var interp = new Interpreter(new InterpreterOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        var sw = Stopwatch.StartNew();
        Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("import time\ntime.sleep(30)"));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"sleep ran for {sw.Elapsed}");
    }

    [Fact]
    public void SleepStopsWhenCancelled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        using var interp = new Interpreter(new InterpreterOptions { Cancellation = cts.Token });
        var sw = Stopwatch.StartNew();
        Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("import time\ntime.sleep(30)"));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"sleep ran for {sw.Elapsed}");
    }

    [Fact]
    public void ShortSleepReturnsNormally()
    {
        using var interp = new Interpreter();
        interp.Exec("import time\nt = time.monotonic()\ntime.sleep(0.05)\nelapsed = time.monotonic() - t");
        Assert.Equal("True", interp.EvalRepr("0.04 < elapsed < 2"));
    }
}
