using System.Globalization;
using GilGrid.Client.Cluster;
using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Commands;

/// <summary>`gilgrid interp list|stats|close`: look at and manage the interpreters of a cluster.</summary>
public sealed class InterpCommand : ICommand
{
    private const string Usage =
        "usage: gilgrid interp (list | stats NAME | close NAME) [--cluster GATEWAYS]\n" +
        "                      [--clustering dev|redis|postgres] [--redis HOST:PORT] [--postgres CONN] [--cluster-id ID]";
    private const string HelpHint = "Try 'gilgrid interp --help' for more information.";

    private const string Help = Usage + """


        Manage the interpreters living in a cluster (each interpreter is a grain named NAME).

          list                  the interpreters active now, with the silo each lives on
          stats NAME            whether NAME is running, its calls and failures, its last error
          close NAME            drop NAME's interpreter; its next use starts afresh
        """ + "\n" + ClusterArgs.HelpLines + "\n" + """
          -h, --help            show this help and exit

        """;

    public string Name => "interp";

    public string Summary => "list, inspect or close the interpreters of a cluster";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        if (args.Count > 0 && args[0] is "-h" or "--help")
        {
            console.Out.Write(Help);
            return 0;
        }
        var (action, name, address) = Parse(args);
        await using var connection = await ClusterConnection.ConnectAsync(address, interrupt);
        var grains = connection.Client;
        switch (action)
        {
            case "list":
                var management = grains.GetGrain<IManagementGrain>(0);
                var ids = await management.GetActiveGrains(GrainType.Create(GrainTypes.Interpreter));
                foreach (var id in ids.Select(i => i.Key.ToString()).Order(StringComparer.Ordinal))
                {
                    var status = await grains.GetGrain<IInterpreterGrain>(id).Status();
                    console.Out.WriteLine($"{id}\t{status.Silo}\t{(status.IsRunning ? "running" : "idle")}");
                }
                return 0;
            case "stats":
                WriteStatus(console.Out, await grains.GetGrain<IInterpreterGrain>(name).Status());
                return 0;
            default:
                await grains.GetGrain<IInterpreterGrain>(name).Close();
                console.Out.WriteLine($"closed {name}");
                return 0;
        }
    }

    private static void WriteStatus(TextWriter output, InterpreterStatus status)
    {
        var state = status.RunningSince is { } since
            ? "running for " + (DateTime.UtcNow - since).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s"
            : "idle";
        output.WriteLine($"interpreter: {status.Name}");
        output.WriteLine($"silo:        {status.Silo}");
        output.WriteLine($"state:       {state}");
        output.WriteLine($"calls:       {status.CallsCompleted} ({status.CallsFailed} failed)");
        if (status.LastError is { } error)
            output.WriteLine($"last error:  {error.TypeName}: {error.Message}");
    }

    private static (string Action, string Name, GridAddress Address) Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        var clusterArgs = new ClusterArgs();
        for (var i = 0; i < args.Count; i++)
        {
            if (clusterArgs.TryTake(args, ref i, Error))
                continue;
            switch (args[i])
            {
                case ['-', _, ..]:
                    throw Error($"unknown option {args[i]}");
                default:
                    positional.Add(args[i]);
                    break;
            }
        }
        var (action, name) = positional switch
        {
            ["list"] => ("list", ""),
            ["stats" or "close", var n] => (positional[0], n),
            ["stats" or "close"] => throw Error($"{positional[0]} needs an interpreter NAME"),
            [] => throw Error("an action is required: list, stats or close"),
            [var a, ..] when a is not ("list" or "stats" or "close") => throw Error($"unknown action '{a}'"),
            _ => throw Error("too many arguments"),
        };
        return (action, name, clusterArgs.Build(Error));
    }

    private static UsageException Error(string message) => new("gilgrid interp: " + message, Usage, HelpHint);
}
