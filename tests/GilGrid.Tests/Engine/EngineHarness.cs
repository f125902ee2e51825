using Xunit;
using GilGrid.Interp;

namespace GilGrid.Tests.Engine;

/// <summary>Runs source in a fresh interpreter and captures what CPython would print.</summary>
internal static class EngineHarness
{
    public sealed record Result(string Stdout, string Stderr, int ExitCode);

    public static Result Run(string source, string fileName = "/tmp/pyt/t.py", InterpreterOptions? options = null)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        using var interp = new Interpreter(new InterpreterOptions
        {
            Stdout = stdout,
            Stderr = stderr,
            Timeout = options?.Timeout,
            TickBudget = options?.TickBudget,
            Cancellation = options?.Cancellation ?? default,
        });
        int exit = 0;
        try { interp.Exec(source, fileName); }
        catch (PythonException e) { stderr.Write(e.FormattedTraceback); exit = 1; }
        catch (SystemExitException e) { if (e.ExitMessage != null) stderr.Write(e.ExitMessage + "\n"); exit = e.ExitCode; }
        return new Result(stdout.ToString(), stderr.ToString(), exit);
    }

    /// <summary>Runs on a new thread with the default stack size (as the issue requires for deep recursion).</summary>
    public static Result RunOnDefaultStack(string source)
    {
        Result? r = null;
        var t = new Thread(() => r = Run(source));
        t.Start();
        t.Join();
        return r!;
    }

    public static string Out(string source)
    {
        var r = Run(source);
        Assert.True(r.ExitCode == 0, "unexpected failure:\n" + r.Stderr);
        return r.Stdout;
    }
}
