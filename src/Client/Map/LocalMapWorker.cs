using System.Collections.Concurrent;
using GilGrid.Client.Local;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Interp;
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
/// The local backend of a map: one interpreter per worker thread, each importing the plugin once,
/// all isolated from each other. Calls queue and the first free worker takes the next one.
/// What plugins print goes to stderr, so that results on stdout stay clean.
/// </summary>
public sealed class LocalMapWorker : IMapWorker, IDisposable
{
    // The call is evaluated from a pseudo-file, whose one frame is then cut from tracebacks: a
    // failure's traceback starts in the plugin, as it would for a direct call.
    private const string CallFrame = "  File \"<string>\", line 1, in <module>\n";
    private const string FunctionName = "__gilgrid_function__";

    private readonly BlockingCollection<Job> _jobs = new();
    private readonly PluginFunction _plugin;
    private readonly TextWriter _pluginOutput;
    private readonly CancellationToken _interrupt;
    private readonly Thread[] _threads;

    public LocalMapWorker(PluginFunction plugin, int workers, TextWriter pluginOutput, CancellationToken interrupt)
    {
        _plugin = plugin;
        _pluginOutput = TextWriter.Synchronized(pluginOutput);
        _interrupt = interrupt;
        _threads = new Thread[workers];
        for (var i = 0; i < workers; i++)
        {
            var name = $"local-{i + 1}";
            _threads[i] = new Thread(() => Work(name), 16 * 1024 * 1024) { Name = "gilgrid map " + name, IsBackground = true };
            _threads[i].Start();
        }
    }

    /// <summary>Imports the plugin in a scratch interpreter; the error if that fails (run nothing then).</summary>
    public PythonError? Check()
    {
        using var interpreter = NewInterpreter();
        return Load(interpreter);
    }

    public Task<MapOutcome> CallAsync(MapItem item, CancellationToken cancellationToken)
    {
        var job = new Job(item, cancellationToken);
        _jobs.Add(job, cancellationToken);
        return job.Done.Task;
    }

    private void Work(string name)
    {
        using var interpreter = NewInterpreter();
        var loadError = Load(interpreter);
        foreach (var job in _jobs.GetConsumingEnumerable())
        {
            if (job.CancellationToken.IsCancellationRequested)
            {
                job.Done.TrySetCanceled(job.CancellationToken);
                continue;
            }
            if (loadError is not null)
            {
                job.Done.TrySetResult(MapOutcome.Failure(loadError, name));
                continue;
            }
            try
            {
                job.Done.TrySetResult(Call(interpreter, job.Item, name));
            }
            catch (ExecutionInterruptedException)
            {
                job.Done.TrySetCanceled();
            }
            catch (Exception e)
            {
                job.Done.TrySetException(e);
            }
        }
    }

    private Interpreter NewInterpreter() => new(new InterpreterOptions
    {
        Stdout = _pluginOutput,
        Stderr = _pluginOutput,
        SearchPaths = [_plugin.SearchFolder],
        Cancellation = _interrupt,
    });

    private PythonError? Load(Interpreter interpreter)
    {
        try
        {
            interpreter.Exec($"from {_plugin.Module} import {_plugin.Function} as {FunctionName}\n");
            return null;
        }
        catch (PythonException e)
        {
            return new PythonError(e.TypeName, e.PyMessage, Unwrap(e.FormattedTraceback));
        }
    }

    private static MapOutcome Call(Interpreter interpreter, MapItem item, string worker)
    {
        var args = PythonSource.Of(new WireList(item.Args));
        var kwargs = PythonSource.Of(item.Kwargs);
        try
        {
            var result = interpreter.Eval($"{FunctionName}(*{args}, **{kwargs})");
            return MapOutcome.Success(WireConversion.FromPython(result), worker);
        }
        catch (PythonException e)
        {
            return MapOutcome.Failure(new PythonError(e.TypeName, e.PyMessage, Unwrap(e.FormattedTraceback)), worker);
        }
        catch (SystemExitException e)
        {
            return MapOutcome.Failure(new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), ""), worker);
        }
        catch (NoWireFormException e)
        {
            // What Python's json would say about the result.
            return MapOutcome.Failure(new PythonError("TypeError", $"Object of type {e.TypeName} is not JSON serializable", ""), worker);
        }
        catch (ValueTooDeepException e)
        {
            return MapOutcome.Failure(new PythonError("ValueError", e.Message, ""), worker);
        }
    }

    /// <summary>Cuts the evaluating frame: the first frame of the last traceback section.</summary>
    private static string Unwrap(string traceback)
    {
        const string header = "Traceback (most recent call last):\n";
        var section = traceback.LastIndexOf(header, StringComparison.Ordinal);
        if (section < 0 || string.CompareOrdinal(traceback, section + header.Length, CallFrame, 0, CallFrame.Length) != 0)
            return traceback;
        return traceback.Remove(section + header.Length, CallFrame.Length);
    }

    public void Dispose()
    {
        _jobs.CompleteAdding();
        foreach (var thread in _threads)
            thread.Join(TimeSpan.FromSeconds(5));
        _jobs.Dispose();
    }

    private sealed record Job(MapItem Item, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<MapOutcome> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
