using GilGrid.Client.Local;

namespace GilGrid.Client.Commands;

/// <summary>
/// `gilgrid run`: like `python`. Options come before the program; everything after the program
/// (FILE, `-c CODE` or `-`) is passed to it in `sys.argv`, options included, as Python does.
/// </summary>
public sealed class RunCommand : ICommand
{
    private const string Usage = "usage: gilgrid run [-h] (-c CODE | FILE | -) [ARGS...]";
    private const string HelpHint = "Try 'gilgrid run --help' for more information.";

    private const string Help = Usage + """


        Run Python code in a fresh local interpreter, like `python`.

          FILE        run the script FILE: sys.argv = [FILE, ARGS...], its folder first on sys.path
          -c CODE     run the string CODE: sys.argv = ['-c', ARGS...]
          -           read the program from standard input
          -h, --help  show this help and exit

        Exit status: 0 on success, 1 after an uncaught exception (its traceback goes to stderr),
        or the code given to SystemExit.

        """;

    public string Name => "run";

    public string Summary => "run a Python file or a -c string, like `python`";

    public Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        if (args.Count > 0 && args[0] is "-h" or "--help")
        {
            console.Out.Write(Help);
            return Task.FromResult(0);
        }
        return LocalRunner.RunAsync(Parse(args, console), console, interrupt);
    }

    // Only the first argument can be an option today; options that modify a run (a backend, say)
    // will be consumed here before the program.
    private static PythonProgram Parse(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0)
            throw Error("a program is required: FILE, -c CODE or -");
        var arg = args[0];
        switch (arg)
        {
            case "-c":
                if (args.Count < 2)
                    throw Error("argument expected for the -c option");
                return PythonProgram.FromCode(args[1], Rest(args, 2));
            case ['-', 'c', ..]:
                return PythonProgram.FromCode(arg[2..], Rest(args, 1));
            case "-":
                return PythonProgram.FromStdin(console.In, Rest(args, 1));
            case "--":
                if (args.Count < 2)
                    throw Error("a program is required: FILE, -c CODE or -");
                return args[1] == "-"
                    ? PythonProgram.FromStdin(console.In, Rest(args, 2))
                    : PythonProgram.FromFile(args[1], Rest(args, 2));
            case ['-', ..]:
                throw Error($"unknown option {arg}");
            default:
                return PythonProgram.FromFile(arg, Rest(args, 1));
        }
    }

    private static string[] Rest(IReadOnlyList<string> args, int start) => args.Skip(start).ToArray();

    private static UsageException Error(string message) => new("gilgrid run: " + message, Usage, HelpHint);
}
