using GilGrid.Client.Commands;
using GilGrid.Interp;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Local;

/// <summary>Runs a <see cref="PythonProgram"/> in a fresh in-process interpreter and turns its
/// outcome into an exit status the way `python` does.</summary>
public static class LocalRunner
{
    /// <summary>Runs the program; <paramref name="interrupt"/> stops it (Ctrl-C).</summary>
    public static Task<int> RunAsync(PythonProgram program, CliConsole console, CancellationToken interrupt) =>
        PythonThread.RunAsync(() => Run(program, console, interrupt), "gilgrid python");

    private static int Run(PythonProgram program, CliConsole console, CancellationToken interrupt)
    {
        using var interpreter = new Interpreter(new InterpreterOptions
        {
            Stdout = console.Out,
            Stderr = console.Error,
            Argv = program.Argv,
            SearchPaths = program.SearchPaths,
            Cancellation = interrupt,
        });
        try
        {
            interpreter.Exec(program.Source, program.FileName);
            return 0;
        }
        catch (PythonException e)
        {
            // Flushing first keeps what the script printed ahead of its traceback when both streams
            // go to one place (CPython leaves that order to its buffers).
            console.Out.Flush();
            WriteBlock(console.Error, e.FormattedTraceback);
            return 1;
        }
        catch (SystemExitException e)
        {
            console.Out.Flush();
            if (e.ExitMessage is not null)
                WriteBlock(console.Error, e.ExitMessage);
            return e.ExitCode;
        }
        catch (ExecutionInterruptedException) when (interrupt.IsCancellationRequested)
        {
            // Unlike CPython's KeyboardInterrupt, the stop cannot be caught by the script, and it
            // carries no traceback: the last line of CPython's report is what is left.
            console.Out.Flush();
            console.Error.WriteLine("KeyboardInterrupt");
            return CommandLine.InterruptedExitCode;
        }
    }

    private static void WriteBlock(TextWriter writer, string text)
    {
        writer.Write(text);
        if (!text.EndsWith('\n'))
            writer.Write('\n');
    }
}
