using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Map;

/// <summary>Which function of which plugin a map calls.</summary>
/// <param name="SearchFolder">Put first on each interpreter's sys.path.</param>
/// <param name="Module">The plugin's module name: a .py file's stem or a package folder's name.</param>
public sealed record PluginFunction(string SearchFolder, string Module, string Function)
{
    /// <summary>Resolves `PLUGIN:FUNCTION` where PLUGIN is a .py file or a package folder.</summary>
    public static PluginFunction Resolve(string plugin, string function)
    {
        var full = Path.GetFullPath(plugin);
        if (Directory.Exists(full) && File.Exists(Path.Combine(full, "__init__.py")))
            return new PluginFunction(Path.GetDirectoryName(full.TrimEnd('/'))!, Path.GetFileName(full.TrimEnd('/')), function);
        if (File.Exists(full) && full.EndsWith(".py", StringComparison.Ordinal))
            return new PluginFunction(Path.GetDirectoryName(full)!, Path.GetFileNameWithoutExtension(full), function);
        throw new Commands.CliErrorException(
            $"can't open plugin '{plugin}': not a .py file or a package folder with __init__.py", 2);
    }
}

/// <summary>
/// The local backend of a map: an <see cref="InterpreterPool"/>, one isolated interpreter per worker
/// thread, each importing the plugin once; calls queue and the first free worker takes the next one.
/// Inputs and results cross as values (<see cref="WireCross"/>), never as Python source. What plugins
/// print goes to stderr, so that results on stdout stay clean.
/// </summary>
public sealed class LocalMapWorker : IMapWorker, IDisposable
{
    // The check imports from a pseudo-file, whose one frame is then cut from tracebacks: a failure's
    // traceback starts in the plugin, as it would for a plain import.
    private const string ImportFrame = "  File \"<string>\", line 1, in <module>\n";

    private readonly PluginFunction _plugin;
    private readonly int _workers;
    private readonly TextWriter _pluginOutput;
    private readonly CancellationToken _interrupt;
    private InterpreterPool? _pool;

    public LocalMapWorker(PluginFunction plugin, int workers, TextWriter pluginOutput, CancellationToken interrupt)
    {
        _plugin = plugin;
        _workers = workers;
        _pluginOutput = TextWriter.Synchronized(pluginOutput);
        _interrupt = interrupt;
    }

    /// <summary>
    /// Imports the plugin in a scratch interpreter and, if that works, starts the pool (whose workers
    /// import it too); the import error otherwise, and no call may be made.
    /// </summary>
    public PythonError? Start()
    {
        using (var scratch = new Interpreter(InterpreterConfig.Isolated, Options()))
        {
            try
            {
                scratch.Exec($"from {_plugin.Module} import {_plugin.Function}\n");
            }
            catch (PythonException e)
            {
                return new PythonError(e.TypeName, e.PyMessage, Unwrap(e.FormattedTraceback));
            }
        }
        try
        {
            _pool = new InterpreterPool(_workers, new InterpreterPoolOptions
            {
                Options = _ => Options(),
                Initializer = interpreter => interpreter.Import(_plugin.Module),
            });
        }
        catch (AggregateException failed) when (failed.InnerException is PythonException e)
        {
            // The plugin imported once but not again (it depends on something that changed).
            return new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback);
        }
        return null;
    }

    public async Task<MapOutcome> CallAsync(MapItem item, CancellationToken cancellationToken)
    {
        var pool = _pool ?? throw new InvalidOperationException("the plugin was not loaded: call Start first");
        var call = new PoolCall(_plugin.Module, _plugin.Function, WireCross.ToCross(item.Args), WireCross.ToKeywords(item.Kwargs));
        var result = (await pool.MapAsync([call], cancellationToken).ConfigureAwait(false))[0];
        var worker = $"local-{result.Worker + 1}";
        switch (result.Error)
        {
            case null:
                try
                {
                    return MapOutcome.Success(WireCross.ToWire(result.Value!), worker);
                }
                catch (ValueTooDeepException e)
                {
                    return MapOutcome.Failure(new PythonError("ValueError", e.Message, ""), worker);
                }
            case PythonException e:
                return MapOutcome.Failure(new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback), worker);
            case SystemExitException e:
                return MapOutcome.Failure(new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), ""), worker);
            case ExecutionInterruptedException or OperationCanceledException:
                throw new OperationCanceledException(cancellationToken);
            default:
                throw result.Error;
        }
    }

    private InterpreterOptions Options() => new()
    {
        Stdout = _pluginOutput,
        Stderr = _pluginOutput,
        SearchPaths = [_plugin.SearchFolder],
        Cancellation = _interrupt,
    };

    /// <summary>Cuts the importing frame: the first frame of the last traceback section.</summary>
    private static string Unwrap(string traceback)
    {
        const string header = "Traceback (most recent call last):\n";
        var section = traceback.LastIndexOf(header, StringComparison.Ordinal);
        if (section < 0 || string.CompareOrdinal(traceback, section + header.Length, ImportFrame, 0, ImportFrame.Length) != 0)
            return traceback;
        return traceback.Remove(section + header.Length, ImportFrame.Length);
    }

    public void Dispose() => _pool?.Dispose();
}
