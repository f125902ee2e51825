using System.Text;
using GilGrid.Client.Map;

namespace GilGrid.Client.Commands;

/// <summary>`gilgrid map PLUGIN:FUNCTION --input ITEMS.jsonl`: the main job, a plugin function run
/// over many inputs in parallel isolated interpreters, results in input order.</summary>
public sealed class MapCommand : ICommand
{
    private const string Usage =
        "usage: gilgrid map PLUGIN:FUNCTION --input ITEMS.jsonl [--output RESULTS.jsonl] [--workers N] [--fail-fast]";
    private const string HelpHint = "Try 'gilgrid map --help' for more information.";

    private const string Help = Usage + """


        Calls FUNCTION of PLUGIN (a .py file or a package folder) once per input line, in parallel
        interpreters that share nothing, and writes one JSON line per input, in input order:
        {"result": VALUE} or {"error": {"type": ..., "message": ..., "traceback": ...}}.

          --input FILE     one JSON value per line: an array is spread as positional arguments, an
                           object whose only keys are "args"/"kwargs" gives both, any other value is
                           the single argument ("-" reads standard input)
          --output FILE    where results go (default: standard output)
          --workers N      interpreters running at once (default: the number of cores)
          --fail-fast      stop at the first failed input (default: record it and go on)
          -h, --help       show this help and exit

        Progress goes to stderr: a live bar on a terminal, a line every few seconds otherwise.
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
        var plugin = PluginFunction.Resolve(options.Plugin, options.Function);
        var items = ReadInputs(options.Input, console);

        using var worker = new LocalMapWorker(plugin, options.Workers, console.Error, interrupt);
        if (worker.Start() is { } loadError)
        {
            if (loadError.TypeName == "ImportError" && loadError.Message.StartsWith($"cannot import name '{options.Function}'", StringComparison.Ordinal))
                throw new CliErrorException($"{options.Plugin} has no function '{options.Function}'", 2);
            console.Error.Write(loadError.Traceback);
            throw new CliErrorException($"cannot load {options.Function} from {options.Plugin}", 1);
        }

        await using var output = options.Output is null ? null : new StreamWriter(options.Output, false, new UTF8Encoding(false)) { NewLine = "\n" };
        IMapProgress progress = Console.IsErrorRedirected
            ? new LineProgress(console.Error, TimeSpan.FromSeconds(2))
            : new TerminalProgress(console.Error);
        var runner = new MapRunner(items, worker, new MapOptions(options.Workers, options.FailFast),
            (TextWriter?)output ?? console.Out, progress);
        var summary = await runner.RunAsync(interrupt);
        return interrupt.IsCancellationRequested ? CommandLine.InterruptedExitCode : summary.Failed > 0 ? 1 : 0;
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

    private sealed record Options(string Plugin, string Function, string Input, string? Output, int Workers, bool FailFast);

    private static Options Parse(IReadOnlyList<string> args)
    {
        string? target = null, input = null, output = null;
        var workers = Environment.ProcessorCount;
        var failFast = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--input" or "--output" or "--workers" when i + 1 >= args.Count:
                    throw Error($"argument expected for the {args[i]} option");
                case "--input":
                    input = args[++i];
                    break;
                case "--output":
                    output = args[++i];
                    break;
                case "--workers":
                    if (!int.TryParse(args[++i], out workers) || workers < 1)
                        throw Error($"--workers: expected a positive number, got '{args[i]}'");
                    break;
                case "--fail-fast":
                    failFast = true;
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
        return new Options(target[..colon], target[(colon + 1)..], input, output, workers, failFast);
    }

    private static UsageException Error(string message) => new("gilgrid map: " + message, Usage, HelpHint);
}
