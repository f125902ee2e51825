using System.Collections.Immutable;
using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Pools;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;
using Orleans.Runtime;

namespace GilGrid.Grains.Pools;

/// <summary>
/// A pool worker: one isolated interpreter with one plugin, running Python on the silo's
/// <see cref="PythonThreadPool"/> (never on the grain's turn). Not reentrant, so one call at a time:
/// a silo with N cores gets N workers per plugin, and the caller keeps each busy with one call.
/// The interpreter and output writers are touched only by work on the Python threads, one item at
/// a time (the turn awaits it); the plugin fields only on the grain's scheduler.
/// </summary>
[GrainType(PoolGrainTypes.Worker)]
public sealed class PoolWorkerGrain(PythonThreadPool pythonThreads, ILocalSiloDetails silo) : Grain, IPoolWorkerGrain
{
    private readonly CapturedOutput _stdout = new();
    private readonly CapturedOutput _stderr = new();
    private Interpreter? _interpreter;
    private string? _pluginKey;
    private bool _running;

    private string Silo => silo.SiloAddress.Endpoint.ToString();

    public async Task<PoolLoadResult> Load(PoolPlugin plugin, string module, string function,
        CancellationToken cancellationToken = default)
    {
        if (_pluginKey != plugin.Key)
        {
            DropInterpreter();
            var (interpreter, error) = await RunningAsync(() => pythonThreads.RunAsync(
                () => Start(plugin, module, function, cancellationToken), cancellationToken));
            if (error is not null)
                return new PoolLoadResult(Silo, Environment.ProcessorCount, error);
            _interpreter = interpreter;
            _pluginKey = plugin.Key;
        }
        return new PoolLoadResult(Silo, Environment.ProcessorCount, null);
    }

    private (Interpreter?, PythonError?) Start(PoolPlugin plugin, string module, string function, CancellationToken cancellationToken)
    {
        var interpreter = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions { Stdout = _stdout, Stderr = _stderr });
        PluginLoading.Install(interpreter, plugin);
        var error = PluginLoading.CheckImport(interpreter, module, function, cancellationToken);
        // What the plugin printed while importing is not any call's output.
        _stdout.Take();
        _stderr.Take();
        if (error is null)
            return (interpreter, null);
        interpreter.Dispose();
        return (null, error);
    }

    public async Task<PoolCallResult> Call(string pluginKey, string module, string function,
        ImmutableArray<PoolWorkerCall> calls, CancellationToken cancellationToken = default)
    {
        if (_interpreter is not { } interpreter || pluginKey != _pluginKey)
            return new PoolCallResult(null, Silo);
        var results = await RunningAsync(() => pythonThreads.RunAsync(
            () => calls.Select(call => Run(interpreter, module, function, call.Args, call.Kwargs, cancellationToken)).ToImmutableArray(),
            cancellationToken));
        return new PoolCallResult(results, Silo);
    }

    private ValueResult Run(Interpreter interpreter, string module, string function, ImmutableArray<WireValue> args,
        WireDict? kwargs, CancellationToken cancellationToken)
    {
        try
        {
            var value = interpreter.Call(module, function, WireCross.ToCross(args),
                kwargs is null ? null : WireCross.ToKeywords(kwargs), cancellationToken);
            var wire = WireCross.ToWire(value);
            return new ValueResult(wire, _stdout.Take(), _stderr.Take(), null);
        }
        catch (Exception e) when (e is ExecutionInterruptedException or OperationCanceledException)
        {
            _stdout.Take();
            _stderr.Take();
            throw new OperationCanceledException("the call was cancelled while its Python code ran", e, cancellationToken);
        }
        catch (Exception e) when (PluginLoading.ErrorOf(e) is { } error)
        {
            return new ValueResult(null, _stdout.Take(), _stderr.Take(), error);
        }
    }

    public Task<PoolWorkerPulse> Pulse() => Task.FromResult(new PoolWorkerPulse(silo.SiloAddress, _running));

    /// <summary>Marks the worker running while <paramref name="work"/> runs, for <see cref="Pulse"/>.</summary>
    private async Task<T> RunningAsync<T>(Func<Task<T>> work)
    {
        _running = true;
        try
        {
            return await work();
        }
        finally
        {
            _running = false;
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DropInterpreter();
        return Task.CompletedTask;
    }

    private void DropInterpreter()
    {
        _interpreter?.Dispose();
        _interpreter = null;
        _pluginKey = null;
    }
}
