using GilGrid.Client.Cluster;
using GilGrid.Client.Grid;
using GilGrid.Client.Local;

namespace GilGrid.Client.Commands;

/// <summary>
/// `gilgrid run`: like `python`. Options come before the program; everything after the program
/// (FILE, `-c CODE`, `-m MODULE` or `-`) is passed to it in `sys.argv`, options included, as Python does.
/// </summary>
public sealed class RunCommand : ICommand
{
    private const string Usage =
        "usage: gilgrid run [-h] [--cluster GATEWAYS] [--clustering dev|redis|postgres] [--redis HOST:PORT] " +
        "[--postgres CONN] [--cluster-id ID] (-c CODE | -m MODULE | FILE | -) [ARGS...]";
    private const string HelpHint = "Try 'gilgrid run --help' for more information.";

    private const string Help = Usage + """


        Run Python code in a fresh interpreter, like `python`. The program is your own, so it may
        open any file and read and set the environment, as under `python`.

          FILE                 run the script FILE: sys.argv = [FILE, ARGS...], its folder first on sys.path
          -c CODE              run the string CODE: sys.argv = ['-c', ARGS...]
          -m MODULE            run MODULE (found from the current folder; a package runs its
                               __main__) as __main__: sys.argv = [its full path, ARGS...]
          -                    read the program from standard input

        With --cluster, --clustering, --redis or --postgres the program runs in a fresh
        interpreter grain of that cluster instead of this process; its output shows as it comes.
        The grain has no file system: the program cannot import or open files.

        """ + "\n" + ClusterArgs.HelpLines + "\n" + """
          -h, --help            show this help and exit

        Exit status: 0 on success, 1 after an uncaught exception (its traceback goes to stderr),
        or the code given to SystemExit.

        """;

    public string Name => "run";

    public string Summary => "run a Python file, module or -c string, like `python`";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        var clusterArgs = new ClusterArgs();
        var start = 0;
        for (; start < args.Count; start++)
        {
            if (args[start] is "-h" or "--help")
            {
                console.Out.Write(Help);
                return 0;
            }
            if (!clusterArgs.TryTake(args, ref start, Error))
                break;
        }
        var program = Parse(args.Skip(start).ToArray(), console);
        try
        {
            await using var grid = await OpenGridAsync(clusterArgs, interrupt);
            return (await grid.RunAsync(program, console.Out, console.Error, interrupt)).ExitCode;
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            // Ctrl-C while connecting to the cluster.
            return CommandLine.InterruptedExitCode;
        }
    }

    private static async Task<IGrid> OpenGridAsync(ClusterArgs clusterArgs, CancellationToken interrupt)
    {
        if (!clusterArgs.Given)
            return new LocalGrid();
        var address = clusterArgs.Build(Error);
        var connection = await ClusterConnection.ConnectAsync(address, interrupt);
        return new ClusterGrid(connection.Client, "cluster", connection);
    }

    private static PythonProgram Parse(IReadOnlyList<string> args, CliConsole console)
    {
        if (args.Count == 0)
            throw Error("a program is required: FILE, -c CODE, -m MODULE or -");
        var arg = args[0];
        switch (arg)
        {
            case "-c" or "-m" when args.Count < 2:
                throw Error($"argument expected for the {arg} option");
            case "-c":
                return PythonProgram.FromCode(args[1], Rest(args, 2));
            case ['-', 'c', ..]:
                return PythonProgram.FromCode(arg[2..], Rest(args, 1));
            case "-m":
                return PythonProgram.FromModule(args[1], Rest(args, 2));
            case ['-', 'm', ..]:
                return PythonProgram.FromModule(arg[2..], Rest(args, 1));
            case "-":
                return PythonProgram.FromStdin(console.In, Rest(args, 1));
            case "--":
                if (args.Count < 2)
                    throw Error("a program is required: FILE, -c CODE, -m MODULE or -");
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
