using System.Reflection;

namespace GilGrid.Client.Commands;

/// <summary>The top level of `gilgrid`: global options, command dispatch and the error policy
/// (a user error is one clear line and a non-zero exit; a .NET stack trace is never shown unless
/// GILGRID_DEBUG is set).</summary>
public static class CommandLine
{
    /// <summary>Exit code for bad usage, as Python's own command line uses.</summary>
    public const int UsageExitCode = 2;

    /// <summary>Exit code after Ctrl-C stopped the command (128 + SIGINT, what a shell reports for
    /// CPython ended by KeyboardInterrupt).</summary>
    public const int InterruptedExitCode = 130;

    /// <summary>Exit code for a bug in gilgrid itself (EX_SOFTWARE from sysexits.h).</summary>
    public const int InternalErrorExitCode = 70;

    private const string Usage = "usage: gilgrid <command> [options] [args...]";
    private const string HelpHint = "Try 'gilgrid --help' for more information.";

    private static readonly ICommand[] Commands = [new RunCommand(), new MapCommand(), new ReplCommand(), new InterpCommand()];

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console)
    {
        using var interrupt = new CancellationTokenSource();
        // The first Ctrl-C asks the running command to stop (Python sees it at its next check and
        // the command exits 130, as CPython does after KeyboardInterrupt); a second one kills the
        // process, in case something does not stop.
        ConsoleCancelEventHandler onCtrlC = (_, e) =>
        {
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCtrlC;
        try
        {
            return await DispatchAsync(args, console, interrupt.Token);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine(e.Message);
            console.Error.WriteLine(e.Usage);
            console.Error.WriteLine(e.HelpHint);
            return UsageExitCode;
        }
        catch (CliErrorException e)
        {
            console.Error.WriteLine("gilgrid: " + e.Message);
            return e.ExitCode;
        }
        catch (Exception e)
        {
            console.Error.WriteLine($"gilgrid: internal error: {e.GetType().Name}: {e.Message}");
            console.Error.WriteLine(Environment.GetEnvironmentVariable("GILGRID_DEBUG") is { Length: > 0 }
                ? e.ToString()
                : "(set GILGRID_DEBUG=1 to see the .NET stack trace)");
            return InternalErrorExitCode;
        }
        finally
        {
            Console.CancelKeyPress -= onCtrlC;
            console.Out.Flush();
        }
    }

    private static Task<int> DispatchAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        if (args.Count == 0)
            throw new UsageException("gilgrid: a command is required", Usage, HelpHint);

        switch (args[0])
        {
            case "-h" or "--help" or "help":
                console.Out.Write(HelpText());
                return Task.FromResult(0);
            case "--version" or "-V":
                console.Out.WriteLine($"gilgrid {Version} (Python {PythonLanguageVersion} language)");
                return Task.FromResult(0);
        }

        var command = Array.Find(Commands, c => c.Name == args[0]);
        if (command is null)
        {
            var what = args[0].StartsWith('-') ? "unknown option" : "unknown command";
            throw new UsageException($"gilgrid: {what} '{args[0]}'", Usage, HelpHint);
        }
        return command.RunAsync(args.Skip(1).ToArray(), console, interrupt);
    }

    /// <summary>The Python version whose language and messages GilGrid follows.</summary>
    public const string PythonLanguageVersion = "3.13";

    /// <summary>The version from the assembly, without the source-revision suffix the SDK appends.</summary>
    public static string Version
    {
        get
        {
            var informational = typeof(CommandLine).Assembly
                .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = informational.IndexOf('+');
            return plus < 0 ? informational : informational[..plus];
        }
    }

    private static string HelpText()
    {
        var lines = new List<string>
        {
            Usage,
            "",
            "Run Python code in isolated interpreters, on this machine or an Orleans cluster.",
            "",
            "commands:",
        };
        var width = Commands.Max(c => c.Name.Length) + 4;
        lines.AddRange(Commands.Select(c => "  " + c.Name.PadRight(width) + c.Summary));
        lines.AddRange(
        [
            "",
            "options:",
            "  -h, --help    show this help and exit",
            "  --version     print gilgrid's version and exit",
            "",
            "Run 'gilgrid <command> --help' for the options of a command.",
        ]);
        return string.Join("\n", lines) + "\n";
    }
}
