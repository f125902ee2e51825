using System.Diagnostics;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;

namespace GilGrid.Bench;

/// <summary>
/// Runs a program through our interpreter inside this process: a fresh <see cref="Interpreter"/> per
/// run, only <c>Exec</c> timed. Repeated runs in one process let the .NET JIT tier up, like a
/// long-lived silo; best-of-N keeps the warm runs.
/// </summary>
internal sealed class OurRunner(TimeSpan timeout)
{
    /// <summary>Set once a run overstays the timeout: its thread cannot be stopped and keeps a core busy.</summary>
    public bool HasRunaway { get; private set; }

    public RunResult Run(BenchProgram program)
    {
        // Garbage of the previous run (either implementation's harness) must not be charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        RunResult? result = null;
        using var cancel = new CancellationTokenSource();
        // A thread of our own with the default stack size: Python recursion must live on the heap,
        // so a deep program that needs a bigger native stack is a bug this bench should expose.
        var thread = new Thread(() => result = RunOnThisThread(program, cancel.Token)) { IsBackground = true, Name = "bench " + program.Name };
        thread.Start();
        // The interpreter enforces the timeout itself; the grace period covers an engine that misses it.
        if (thread.Join(timeout + TimeSpan.FromSeconds(5))) return result!;
        cancel.Cancel();
        if (thread.Join(TimeSpan.FromSeconds(5))) return RunResult.Failed($"timeout after {timeout.TotalSeconds:0} s (stopped only by cancellation)");
        HasRunaway = true;
        return RunResult.Failed($"timeout after {timeout.TotalSeconds:0} s (run abandoned: ignores its timeout and cancellation, still consuming CPU)");
    }

    RunResult RunOnThisThread(BenchProgram program, CancellationToken cancellation)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        try
        {
            using var interpreter = new Interpreter(new InterpreterOptions
            {
                Stdout = stdout, Stderr = stdout, Argv = [program.Path], Timeout = timeout, Cancellation = cancellation,
            });
            var watch = Stopwatch.StartNew();
            interpreter.Exec(program.Source, program.Path);
            watch.Stop();
            return new RunResult(watch.Elapsed.TotalMilliseconds, stdout.ToString(), null);
        }
        catch (PythonException e)
        {
            return RunResult.Failed(e.PyMessage.Length > 0 ? $"{e.TypeName}: {e.PyMessage}" : e.TypeName, stdout.ToString());
        }
        catch (ExecutionInterruptedException e)
        {
            return RunResult.Failed($"stopped by the interpreter after the {timeout.TotalSeconds:0} s timeout ({e.Message})", stdout.ToString());
        }
        catch (SystemExitException e)
        {
            return RunResult.Failed($"SystemExit({e.ExitCode}) {e.ExitMessage}".TrimEnd(), stdout.ToString());
        }
        catch (Exception e)
        {
            // Anything else escaping Exec is an engine bug; report it per program, keep benchmarking.
            return RunResult.Failed($"host {e.GetType().Name}: {FirstLine(e.Message)}{EngineFrame(e)}", stdout.ToString());
        }
    }

    /// <summary>The innermost engine method on the exception's stack, to point at the bug.</summary>
    static string EngineFrame(Exception e)
    {
        foreach (var frame in new StackTrace(e).GetFrames())
            if (frame.GetMethod() is { DeclaringType.Namespace: { } ns } method && ns.StartsWith("GilGrid.Interp", StringComparison.Ordinal))
                return $" (in {method.DeclaringType.Name}.{method.Name})";
        return "";
    }

    static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }
}
