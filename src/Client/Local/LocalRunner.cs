using GilGrid.Client.Commands;
using GilGrid.Client.Grid;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Local;

/// <summary>Runs a <see cref="PythonProgram"/> in a fresh in-process interpreter and turns its
/// outcome into an exit status the way `python` does.</summary>
public static class LocalRunner
{
    /// <summary>Runs the program; <paramref name="interrupt"/> stops it (Ctrl-C).</summary>
    public static Task<RunOutcome> RunAsync(PythonProgram program, TextWriter stdout, TextWriter stderr,
        CancellationToken interrupt) =>
        PythonThread.RunAsync(() => Run(program, stdout, stderr, interrupt), "gilgrid python");

    private static RunOutcome Run(PythonProgram program, TextWriter stdout, TextWriter stderr, CancellationToken interrupt)
    {
        // The user's own script, trusted as `python FILE` is: every file and the environment.
        var config = InterpreterConfig.Main with { Files = FileGrants.All, AllowEnvironment = true };
        using var interpreter = new Interpreter(config, new InterpreterOptions
        {
            Stdout = stdout,
            Stderr = stderr,
            // `gilgrid run` is the user's own program, as with `python`: it reads the terminal.
            Stdin = Console.In,
            Argv = program.Argv,
            SearchPaths = program.SearchPaths,
            Cancellation = interrupt,
        });
        try
        {
            if (program.Package is { } package)
                interpreter.PrepareMain(new Dictionary<string, CrossValue> { ["__package__"] = CrossValue.From(package) });
            interpreter.ExecProgram(program.Source, program.FileName);
            return RunOutcome.Success;
        }
        catch (PythonException e)
        {
            // Flushing first keeps what the script printed ahead of its traceback when both streams
            // go to one place (CPython leaves that order to its buffers).
            stdout.Flush();
            WriteBlock(stderr, e.FormattedTraceback);
            return new RunOutcome(1, new(e.TypeName, e.PyMessage, e.FormattedTraceback));
        }
        catch (SystemExitException e)
        {
            stdout.Flush();
            if (e.ExitMessage is not null)
                WriteBlock(stderr, e.ExitMessage);
            return new RunOutcome(e.ExitCode, null);
        }
        catch (ExecutionInterruptedException) when (interrupt.IsCancellationRequested)
        {
            // Unlike CPython's KeyboardInterrupt, the stop cannot be caught by the script, and it
            // carries no traceback: the last line of CPython's report is what is left.
            stdout.Flush();
            stderr.WriteLine("KeyboardInterrupt");
            return RunOutcome.Interrupted;
        }
    }

    internal static void WriteBlock(TextWriter writer, string text)
    {
        writer.Write(text);
        if (!text.EndsWith('\n'))
            writer.Write('\n');
    }
}
