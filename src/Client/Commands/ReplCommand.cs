using GilGrid.Client.Cluster;
using GilGrid.Client.Local;
using GilGrid.Client.Repl;
using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Commands;

/// <summary>`gilgrid repl`: Python's interactive prompt, on a local interpreter or a cluster's.</summary>
public sealed class ReplCommand : ICommand
{
    private const string Usage = "usage: gilgrid repl [-h] [--cluster GATEWAYS [--cluster-id ID] [--interp NAME]]";
    private const string HelpHint = "Try 'gilgrid repl --help' for more information.";

    private const string Help = Usage + """


        Python's interactive prompt: `>>>` and `...`, blocks end with an empty line, expression
        values are echoed with repr (and kept in `_`), errors print their traceback. Ctrl-D leaves.

          --cluster GATEWAYS   run in the interpreter grain NAME of a cluster (HOST:PORT[,...]):
                               its state outlives the session
          --cluster-id ID      the cluster's id (default "dev")
          --interp NAME        the interpreter's name on the cluster (default "repl")
          -h, --help           show this help and exit

        """;

    public string Name => "repl";

    public string Summary => "an interactive Python prompt, local or on a cluster";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        string? gateways = null;
        var clusterId = GridAddress.DefaultClusterId;
        string? name = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    console.Out.Write(Help);
                    return 0;
                case "--cluster" or "--cluster-id" or "--interp" when i + 1 >= args.Count:
                    throw Error($"argument expected for the {args[i]} option");
                case "--cluster":
                    gateways = args[++i];
                    break;
                case "--cluster-id":
                    clusterId = args[++i];
                    break;
                case "--interp":
                    name = args[++i];
                    break;
                default:
                    throw Error(args[i].StartsWith('-') ? $"unknown option {args[i]}" : $"unexpected argument '{args[i]}'");
            }
        }
        var banner = $"gilgrid {CommandLine.Version} (Python {CommandLine.PythonLanguageVersion} language)";
        if (gateways is null)
        {
            if (name is not null)
                throw Error("--interp names an interpreter on a cluster: give --cluster too");
            return await PythonThread.RunAsync(() =>
            {
                using var local = new LocalReplTarget(console, interrupt);
                return new ReplSession(console, local, banner + "\nCtrl-D leaves.").Run();
            }, "gilgrid repl");
        }

        GridAddress address;
        try
        {
            address = GridAddress.Parse(gateways, clusterId);
        }
        catch (FormatException e)
        {
            throw Error("--cluster: " + e.Message);
        }
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
