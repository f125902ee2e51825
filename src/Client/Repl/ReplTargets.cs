using GilGrid.Client.Commands;
using GilGrid.Client.Grid;
using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Interp;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Repl;

/// <summary>How an entry ended, when it did not simply finish.</summary>
public abstract record ReplOutcome
{
    /// <summary>The code raised: print the traceback, keep going.</summary>
    public sealed record Failed(string Traceback) : ReplOutcome;

    /// <summary>`exit()` or SystemExit: leave with this status, printing the message if any.</summary>
    public sealed record Exited(int Code, string? Message) : ReplOutcome;

    /// <summary>Ctrl-C stopped the code.</summary>
    public sealed record Interrupted : ReplOutcome;
}

/// <summary>Where the prompt's statements run. Calls come from one thread, one at a time.</summary>
public interface IReplTarget : IDisposable
{
    /// <summary>Runs one entry; output reaches the console by the time this returns. Null: it finished.</summary>
    ReplOutcome? Run(string source);
}

/// <summary>An interpreter in this process; output streams straight to the console.</summary>
public sealed class LocalReplTarget(CliConsole console, CancellationToken interrupt) : IReplTarget
{
    // The user's own prompt, trusted as `python`'s is: every file and the environment.
    private readonly Interpreter _interpreter = new(InterpreterConfig.Main with { Files = FileGrants.All, AllowEnvironment = true },
        new InterpreterOptions
        {
            Stdout = console.Out,
            Stderr = console.Error,
            // As for CPython's prompt: argv [''] and the current folder first on sys.path.
            Argv = [""],
            SearchPaths = [""],
            Cancellation = interrupt,
        });

    public ReplOutcome? Run(string source)
    {
        try
        {
            _interpreter.ExecInteractive(source);
            return null;
        }
        catch (PythonException e)
        {
            return new ReplOutcome.Failed(e.FormattedTraceback);
        }
        catch (SystemExitException e)
        {
            return new ReplOutcome.Exited(e.ExitCode, e.ExitMessage);
        }
        catch (ExecutionInterruptedException)
        {
            return new ReplOutcome.Interrupted();
        }
    }

    public void Dispose() => _interpreter.Dispose();
}

/// <summary>An interpreter grain in a cluster: its state outlives the session.</summary>
public sealed class GrainReplTarget(IInterpreterGrain grain, CliConsole console, CancellationToken interrupt) : IReplTarget
{
    public ReplOutcome? Run(string source)
    {
        ExecResult result;
        try
        {
            // The prompt's thread has nothing else to do while the grain works.
            result = GrainPulse.CallWatchedAsync(
                ct => StreamedOutput.RunAsync(grain, grain.ExecInteractive(source, ct), console.Out, console.Error, ct),
                () => GrainPulse.Of(grain), null, interrupt).GetAwaiter().GetResult();
        }
        catch (CallLostException e)
        {
            // The next entry reaches the grain anew on a live silo: its installed plugins come back
            // from its recipe, its variables do not.
            return new ReplOutcome.Failed($"gilgrid: this entry's result is lost: {e.Message}\n");
        }
        catch (OperationCanceledException)
        {
            return new ReplOutcome.Interrupted();
        }
        console.Out.Write(result.Stdout);
        console.Error.Write(result.Stderr);
        return result.Error switch
        {
            null => null,
            { TypeName: "SystemExit" } exit => int.TryParse(exit.Message, out var code)
                ? new ReplOutcome.Exited(code, null)
                : new ReplOutcome.Exited(exit.Message.Length == 0 ? 0 : 1, exit.Message.Length == 0 ? null : exit.Message),
            var error => new ReplOutcome.Failed(error.Traceback),
        };
    }

    public void Dispose()
    {
    }
}
