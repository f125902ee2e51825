using GilGrid.Grains.Interfaces.Pools;
using GilGrid.Grains.Pools;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Client.Grid;

/// <summary>
/// The local backend of a map: an <see cref="InterpreterPool"/>, one isolated interpreter per worker
/// thread, each with the plugin installed and imported once; calls queue and the first free worker
/// takes the next one. Inputs and results cross as values (<see cref="WireCross"/>), never as Python
/// source.
/// </summary>
internal sealed class LocalMapWorker : IMapWorker, IDisposable
{
    private readonly InterpreterPool _pool;
    private readonly string _module;
    private readonly string _function;

    private LocalMapWorker(InterpreterPool pool, string module, string function)
    {
        _pool = pool;
        _module = module;
        _function = function;
    }

    /// <summary>
    /// Imports the plugin in a scratch interpreter and, if that works, starts the pool (whose workers
    /// import it too); throws <see cref="PluginLoadException"/> otherwise.
    /// </summary>
    public static LocalMapWorker Start(PoolPlugin plugin, string module, string function, int workers,
        MapOptions options, CancellationToken cancellationToken)
    {
        var pluginOutput = TextWriter.Synchronized(options.PluginOutput ?? TextWriter.Null);
        InterpreterOptions Options() => new()
        {
            Stdout = pluginOutput,
            Stderr = pluginOutput,
            SearchPaths = options.SourceFolder is { } folder ? [folder] : [],
            Cancellation = cancellationToken,
        };

        var config = InterpreterConfig.Isolated with { Files = options.Files };
        using (var scratch = new Interpreter(config, Options()))
        {
            PluginLoading.Install(scratch, plugin);
            if (PluginLoading.CheckImport(scratch, module, function, cancellationToken) is { } error)
                throw new PluginLoadException(error, PluginLoading.IsMissingFunction(error, function));
        }
        try
        {
            var pool = new InterpreterPool(workers, new InterpreterPoolOptions
            {
                Config = config,
                Options = _ => Options(),
                Initializer = interpreter =>
                {
                    PluginLoading.Install(interpreter, plugin);
                    interpreter.Import(module);
                },
            });
            return new LocalMapWorker(pool, module, function);
        }
        catch (AggregateException failed) when (failed.InnerException is PythonException e)
        {
            // The plugin imported once but not again (it depends on something that changed).
            throw new PluginLoadException(PluginLoading.ErrorOf(e)!, false);
        }
    }

    public async Task<MapOutcome> CallAsync(MapCall call, CancellationToken cancellationToken)
    {
        var poolCall = new PoolCall(_module, _function, WireCross.ToCross(call.Args),
            call.Kwargs is null ? null : WireCross.ToKeywords(call.Kwargs));
        var result = (await _pool.MapAsync([poolCall], cancellationToken).ConfigureAwait(false))[0];
        var worker = $"local-{result.Worker + 1}";
        if (result.Error is null)
        {
            try
            {
                return MapOutcome.Success(WireCross.ToWire(result.Value!), worker);
            }
            catch (Exception e) when (PluginLoading.ErrorOf(e) is { } tooDeep)
            {
                return MapOutcome.Failure(tooDeep, worker);
            }
        }
        if (result.Error is ExecutionInterruptedException or OperationCanceledException)
            throw new OperationCanceledException(cancellationToken);
        return PluginLoading.ErrorOf(result.Error) is { } error
            ? MapOutcome.Failure(error, worker)
            : throw result.Error;
    }

    public void Dispose() => _pool.Dispose();
}
