using System.Text;
using GilGrid.Client.Cluster;
using GilGrid.Client.Grid;
using GilGrid.Client.Map;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Commands;

/// <summary>`gilgrid map PLUGIN:FUNCTION --input ITEMS.jsonl`: the main job, a plugin function run
/// over many inputs in parallel isolated interpreters, results in input order.</summary>
public sealed class MapCommand : ICommand
{
    private const string Usage =
        "usage: gilgrid map PLUGIN:FUNCTION --input ITEMS.jsonl [--output RESULTS.jsonl] [--workers N] [--fail-fast]\n" +
        "                   [--allow-read DIR] [--allow-write DIR]\n" +
        "                   [--backend local|embedded|cluster] [--cluster GATEWAYS] [--clustering dev|redis|postgres]\n" +
        "                   [--redis HOST:PORT] [--postgres CONN] [--cluster-id ID]";
    private const string HelpHint = "Try 'gilgrid map --help' for more information.";

    private const string Help = Usage + """


        Calls FUNCTION of PLUGIN (a .py file or a package folder) once per input line, in parallel
        interpreters that share nothing, and writes one JSON line per input, in input order:
        {"result": VALUE} or {"error": {"type": ..., "message": ..., "traceback": ...}}.

          --input FILE          one JSON value per line: an array is spread as positional arguments,
                                an object whose only keys are "args"/"kwargs" gives both, any other
                                value is the single argument ("-" reads standard input)
          --output FILE         where results go (default: standard output)
          --workers N           calls running at once (default: local, the number of cores; on a
                                cluster, every core of every silo)
          --fail-fast           stop at the first failed input (default: record it and go on)
          --allow-read DIR      let the plugin read files in DIR and below (repeatable); without
                                it the plugin can open no file, not even its own folder's
          --allow-write DIR     let the plugin read and write files in DIR and below (repeatable);
                                both options need the local backend (grains have no file access)
          --backend NAME        local: interpreters in this process (the default, fastest on one
                                machine); embedded: an in-process silo, calls go through grains;
                                cluster: a running cluster (the options below), spread over its
                                silos; --cluster, --clustering, --redis or --postgres imply it
        """ + "\n" + ClusterArgs.HelpLines + "\n" + """
          -h, --help            show this help and exit

        Progress goes to stderr: a live bar on a terminal, a line every few seconds otherwise, and
        a summary with the inputs each worker (local) or silo (embedded, cluster) completed. What
        the plugin prints goes to stderr too. On a cluster the plugin's files travel with the
        calls: a plugin that imports other files must be a package folder.
        Exit status: 0 if every input succeeded, 1 if some failed, 130 after Ctrl-C (the results
        finished by then are kept).

        """;

    public string Name => "map";

    public string Summary => "run a plugin function over JSON-lines inputs in parallel";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken interrupt)
    {
        if (args.Count > 0 && args[0] is "-h" or "--help")
        {
            console.Out.Write(Help);
            return 0;
        }
        var options = Parse(args);
        var (bundle, sourceFolder) = ReadPlugin(options.Plugin);
        var items = ReadInputs(options.Input, console);
        try
        {
            return await MapAsync(options, bundle, sourceFolder, items, console, interrupt);
        }
        catch (Exception e) when (interrupt.IsCancellationRequested && e is OperationCanceledException or ExecutionInterruptedException)
        {
            // Ctrl-C before any call ran: while connecting, starting the silo or loading the plugin.
            return CommandLine.InterruptedExitCode;
        }
    }

    private static async Task<int> MapAsync(Options options, PluginBundle bundle, string sourceFolder,
        IReadOnlyList<MapItem> items, CliConsole console, CancellationToken interrupt)
    {
        await using var grid = await OpenGridAsync(options, interrupt);
        await using var output = new LazyFile(options.Output);
        IMapProgress progress = Console.IsErrorRedirected
            ? new LineProgress(console.Error, TimeSpan.FromSeconds(2))
            : new TerminalProgress(console.Error);
        var mapOptions = new MapOptions
        {
            MaxInFlight = options.Workers,
            FailFast = options.FailFast,
            OnResult = (_, outcome) => (output.Open() ?? console.Out).WriteLine(MapOutput.Format(outcome).Line),
            Progress = progress.Report,
            Validate = MapOutput.Unwritable,
            PluginOutput = console.Error,
            SourceFolder = sourceFolder,
            Files = options.Files,
        };
        MapResult result;
        try
        {
            result = await grid.MapAsync(bundle, $"{bundle.Name}:{options.Function}", items.Select(i => i.Call).ToList(),
                mapOptions, interrupt);
        }
        catch (PluginLoadException e) when (e.MissingFunction)
        {
            throw new CliErrorException($"{options.Plugin} has no function '{options.Function}'", 2);
        }
        catch (PluginLoadException e)
        {
            console.Error.Write(e.Error.Traceback);
            throw new CliErrorException($"cannot load {options.Function} from {options.Plugin}", 1);
        }
        (output.Open() ?? console.Out).Flush();
        progress.Finish(result.Summary);
        return interrupt.IsCancellationRequested ? CommandLine.InterruptedExitCode : result.Summary.Failed > 0 ? 1 : 0;
    }

    /// <summary>The plugin's sources, and the folder they were read from (for tracebacks).</summary>
    private static (PluginBundle Bundle, string Folder) ReadPlugin(string plugin)
    {
        var full = Path.GetFullPath(plugin).TrimEnd(Path.DirectorySeparatorChar);
        try
        {
            return (PluginBundle.FromPath(full), Path.GetDirectoryName(full) ?? "/");
        }
        catch (FileNotFoundException)
        {
            throw new CliErrorException($"can't open plugin '{plugin}': not a .py file or a package folder with __init__.py", 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliErrorException($"can't read plugin '{plugin}': {e.Message}", 2);
        }
    }

    private static async Task<IGrid> OpenGridAsync(Options options, CancellationToken interrupt)
    {
        switch (options.Backend)
        {
            case "local":
                return new LocalGrid();
            case "embedded":
                try
                {
                    return await EmbeddedSilo.StartAsync(interrupt);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new CliErrorException($"cannot start the embedded silo: {e.Message}", 1);
                }
            default:
                var connection = await ClusterConnection.ConnectAsync(options.Cluster!, interrupt);
                return new ClusterGrid(connection.Client, "cluster", connection);
        }
    }

    private static IReadOnlyList<MapItem> ReadInputs(string input, CliConsole console)
    {
        try
        {
            if (input == "-")
                return MapInput.Read(console.In, "<stdin>");
            using var reader = new StreamReader(input, Encoding.UTF8);
            return MapInput.Read(reader, input);
        }
        catch (MapInputException e)
        {
            throw new CliErrorException(e.Message, 2);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliErrorException($"can't open input '{input}': {e.Message}", 2);
        }
    }

    private sealed record Options(string Plugin, string Function, string Input, string? Output, int? Workers, bool FailFast,
        string Backend, GridAddress? Cluster, FileGrants Files);

    private static Options Parse(IReadOnlyList<string> args)
    {
        string? target = null, input = null, output = null, backend = null;
        var clusterArgs = new ClusterArgs();
        int? workers = null;
        var failFast = false;
        var folders = new List<FolderGrant>();
        for (var i = 0; i < args.Count; i++)
        {
            if (clusterArgs.TryTake(args, ref i, Error))
                continue;
            switch (args[i])
            {
                case "--input" or "--output" or "--workers" or "--backend"
                    or "--allow-read" or "--allow-write" when i + 1 >= args.Count:
                    throw Error($"argument expected for the {args[i]} option");
                case "--input":
                    input = args[++i];
                    break;
                case "--output":
                    output = args[++i];
                    break;
                case "--workers":
                    if (!int.TryParse(args[++i], out var n) || n < 1)
                        throw Error($"--workers: expected a positive number, got '{args[i]}'");
                    workers = n;
                    break;
                case "--backend":
                    backend = args[++i];
                    if (backend is not ("local" or "embedded" or "cluster"))
                        throw Error($"--backend: expected local, embedded or cluster, got '{backend}'");
                    break;
                case "--fail-fast":
                    failFast = true;
                    break;
                case "--allow-read" or "--allow-write":
                    var writable = args[i] == "--allow-write";
                    if (!Directory.Exists(args[++i]))
                        throw Error($"{args[i - 1]}: '{args[i]}' is not a folder");
                    folders.Add(new FolderGrant(Path.GetFullPath(args[i]), writable));
                    break;
                case ['-', _, ..]:
                    throw Error($"unknown option {args[i]}");
                default:
                    if (target is not null)
                        throw Error($"unexpected argument '{args[i]}'");
                    target = args[i];
                    break;
            }
        }
        if (target is null)
            throw Error("PLUGIN:FUNCTION is required");
        var colon = target.LastIndexOf(':');
        if (colon <= 0 || colon == target.Length - 1)
            throw Error($"expected PLUGIN:FUNCTION, got '{target}'");
        if (input is null)
            throw Error("--input is required");
        backend ??= clusterArgs.Given ? "cluster" : "local";
        if (clusterArgs.Given && backend != "cluster")
            throw Error($"--cluster, --clustering, --redis and --postgres name a running cluster: they do not go with --backend {backend}");
        if (folders.Count > 0 && backend != "local")
            throw Error($"--allow-read and --allow-write need --backend local: grains have no file access");
        var cluster = backend == "cluster" ? clusterArgs.Build(Error) : null;
        return new Options(target[..colon], target[(colon + 1)..], input, output, workers, failFast, backend, cluster,
            folders.Count == 0 ? FileGrants.None : FileGrants.Of([.. folders]));
    }

    private static UsageException Error(string message) => new("gilgrid map: " + message, Usage, HelpHint);

    /// <summary>The --output file, created at the first result (or at the end): a run that cannot
    /// start (an unknown function, say) leaves an existing file alone. Null without --output.</summary>
    private sealed class LazyFile(string? path) : IAsyncDisposable
    {
        private StreamWriter? _writer;

        public TextWriter? Open() =>
            path is null ? null : _writer ??= new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };

        public async ValueTask DisposeAsync()
        {
            if (_writer is not null)
                await _writer.DisposeAsync();
        }
    }
}
