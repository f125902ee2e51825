using GilGrid.Client.Cluster;
using GilGrid.Client.Local;
using GilGrid.Client.Repl;
using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Commands;

/// <summary>`gilgrid repl`: Python's interactive prompt, on a local interpreter or a cluster's.</summary>
public sealed class ReplCommand : ICommand
{
    private const string Usage =
        "usage: gilgrid repl [-h] [--cluster GATEWAYS] [--clustering dev|redis|postgres] [--redis HOST:PORT]\n" +
        "                    [--postgres CONN] [--cluster-id ID] [--interp NAME]";
    private const string HelpHint = "Try 'gilgrid repl --help' for more information.";

    private const string Help = Usage + """


        Python's interactive prompt: `>>>` and `...`, blocks end with an empty line, expression
        values are echoed with repr (and kept in `_`), errors print their traceback. Ctrl-D leaves.

        With --cluster, --clustering, --redis or --postgres the prompt runs in the interpreter
        grain NAME of that cluster: its state outlives the session.

        """ + "\n" + ClusterArgs.HelpLines + "\n" + """
          --interp NAME         the interpreter's name on the cluster (default "repl")
          -h, --help            show this help and exit

        """;

    public string Name => "repl";

    public string Summary => "an interactive Python prompt, local or on a cluster";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        var clusterArgs = new ClusterArgs();
        string? name = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (clusterArgs.TryTake(args, ref i, Error))
                continue;
            switch (args[i])
            {
                case "-h" or "--help":
                    console.Out.Write(Help);
                    return 0;
                case "--interp" when i + 1 >= args.Count:
                    throw Error($"argument expected for the {args[i]} option");
                case "--interp":
                    name = args[++i];
                    break;
                default:
                    throw Error(args[i].StartsWith('-') ? $"unknown option {args[i]}" : $"unexpected argument '{args[i]}'");
            }
        }
        var banner = $"gilgrid {CommandLine.Version} (Python {CommandLine.PythonLanguageVersion} language)";
        if (!clusterArgs.Given)
        {
            if (name is not null)
                throw Error("--interp names an interpreter on a cluster: give --cluster too");
            return await PythonThread.RunAsync(() =>
            {
                using var local = new LocalReplTarget(console, interrupt);
                return new ReplSession(console, local, banner + "\nCtrl-D leaves.").Run();
            }, "gilgrid repl");
        }

        var address = clusterArgs.Build(Error);
        await using var connection = await ClusterConnection.ConnectAsync(address, interrupt);
        name ??= "repl";
        var grain = connection.Client.GetGrain<IInterpreterGrain>(name);
        return await PythonThread.RunAsync(() =>
        {
            using var remote = new GrainReplTarget(grain, console, interrupt);
            return new ReplSession(console, remote, $"{banner}\ninterpreter '{name}' on {address}. Ctrl-D leaves.").Run();
        }, "gilgrid repl");
    }

    private static UsageException Error(string message) => new("gilgrid repl: " + message, Usage, HelpHint);
}
