using GilGrid.Interp;
using GilGrid.Interp.Hosting;

namespace GilGrid.Tests.Conformance;

/// <summary>What our interpreter did with one program: captured output and the process exit code.</summary>
public sealed record RunResult(string Stdout, string Stderr, int ExitCode, bool TimedOut);

/// <summary>
/// Runs one corpus program through the host API the way `gilgrid run FILE` (and `python FILE`)
/// would: the corpus folder first on the search path, the absolute file name as the code's
/// filename, an uncaught exception printed to stderr with exit code 1.
/// </summary>
public static class ProgramRunner
{
    /// <summary>Starts our stderr when a non-Python .NET exception escaped the host API.</summary>
    public const string HostErrorPrefix = "[host] ";

    /// <summary>Generous: test builds are Debug and the machine is shared; a hang still fails only its case.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <summary>How long a cancelled program gets to notice (at its next budget check) and stop.</summary>
    static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(5);

    public static RunResult Run(string folder, string program, TimeSpan? timeout = null)
    {
        var folderPath = Path.GetFullPath(Corpus.FolderPath(folder));
        var path = Path.Combine(folderPath, program);
        var source = File.ReadAllText(path);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exitCode = 0;
        using var cancel = new CancellationTokenSource();

        void Execute()
        {
            try
            {
                // Programs are compared with `python FILE`, so they run as `gilgrid run` does: files and environment granted.
                var config = InterpreterConfig.Main with { Files = FileGrants.All, AllowEnvironment = true };
                using var interpreter = new Interpreter(config, new InterpreterOptions
                {
                    Stdout = stdout, Stderr = stderr, SearchPaths = [folderPath], Argv = [program],
                    Cancellation = cancel.Token,
                });
                interpreter.Exec(source, path);
            }
            catch (PythonException e)
            {
                stderr.Write(e.FormattedTraceback);
                exitCode = 1;
            }
            catch (SystemExitException e)
            {
                if (e.ExitMessage is not null)
                    stderr.Write(e.ExitMessage + "\n");
                exitCode = e.ExitCode;
            }
            catch (Exception e)
            {
                // Anything else is an engine bug escaping the host API: report it, never crash the run.
                stderr.Write(HostErrorPrefix + e + "\n");
                exitCode = -1;
            }
        }

        // A dedicated thread with the default stack size (the issue requires deep recursion to work
        // there), so that a hang fails this case after the timeout instead of blocking the test run.
        var thread = new Thread(Execute) { IsBackground = true, Name = "conformance " + program };
        thread.Start();
        if (!thread.Join(timeout ?? DefaultTimeout))
        {
            // Stop the runaway program so that it does not keep a core busy for the rest of the run;
            // if the engine misses the cancellation the thread may still be writing, so read carefully.
            cancel.Cancel();
            thread.Join(CancelGrace);
            return new RunResult(SafeRead(stdout), "", -1, TimedOut: true);
        }
        return new RunResult(stdout.ToString().Replace(folderPath, Corpus.Placeholder),
            stderr.ToString().Replace(folderPath, Corpus.Placeholder), exitCode, false);
    }

    static string SafeRead(StringWriter writer)
    {
        try { return writer.ToString(); }
        catch (Exception e) when (e is ArgumentException or IndexOutOfRangeException) { return "(unreadable)"; }
    }
}
