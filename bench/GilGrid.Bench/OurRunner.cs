using System.Diagnostics;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;

namespace GilGrid.Bench;

/// <summary>
/// One run of a program through our interpreter, inside the worker process: a fresh
/// <see cref="Interpreter"/> per run, only <c>Exec</c> timed. The worker serves every run, so the
/// .NET JIT tiers up across runs as in a long-lived silo; best-of-N keeps the warm runs.
/// </summary>
internal static class OurRunner
{
    public static RunResult Run(BenchProgram program, TimeSpan timeout)
    {
        // Garbage of the previous run must not be charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        RunResult? result = null;
        // A thread of our own with the default stack size: Python recursion must live on the heap,
        // so a deep program that needs a bigger native stack is a bug this bench should expose.
        var thread = new Thread(() => result = RunOnThisThread(program, timeout)) { Name = "bench " + program.Name };
        thread.Start();
        // No timeout here: the interpreter stops itself at its deadline, and if it does not, the
        // parent kills this whole process (a thread cannot be stopped from outside).
        thread.Join();
        return result!;
    }

    static RunResult RunOnThisThread(BenchProgram program, TimeSpan timeout)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        try
        {
            using var interpreter = new Interpreter(new InterpreterOptions
            {
                Stdout = stdout, Stderr = stdout, Argv = [program.Path], Timeout = timeout,
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
            return RunResult.Failed($"stopped by the interpreter at the {timeout.TotalSeconds:0} s timeout ({e.Message})", stdout.ToString());
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
