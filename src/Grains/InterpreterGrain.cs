using System.Collections.Immutable;
using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Runtime;

namespace GilGrid.Grains;

/// <summary>
/// One interpreter per activation. Orleans runs one call of this non-reentrant grain at a time, so
/// the interpreter is only ever touched by one Python thread at a time: the turn is its GIL.
/// Two kinds of state, kept apart: the interpreter, its output writers and the running call's chain
/// are used by work run on the <see cref="PythonThreadPool"/> (the pool's queue and task completion
/// order those accesses across threads; dropping it happens on a turn with nothing running); the
/// status fields and the recipe are used only on the grain's own scheduler, where the interleaving
/// <see cref="Status"/> and <see cref="Interrupt"/> read them.
/// </summary>
[GrainType(GrainTypes.Interpreter)]
public sealed class InterpreterGrain(
    PythonThreadPool pythonThreads,
    // The silo's factory, not Grain.GrainFactory: the `gilgrid` module calls from Python threads,
    // outside any activation's context, where the grain's own accessor refuses to work.
    IGrainFactory grains,
    [PersistentState("recipe")] IPersistentState<InterpreterRecipe> recipe) : Grain, IInterpreterGrain
{
    private readonly CapturedOutput _stdout = new();
    private readonly CapturedOutput _stderr = new();
    // Kept across calls, cancelled ones included: cancellation stops only the call it came with.
    private Interpreter? _interpreter;
    private IReadOnlyList<string> _callChain = [];
    private RecipeSnapshot _recipeToBuild = new([], [], new());

    private DateTime? _runningSince;
    private CancellationTokenSource? _running;
    private long _callsCompleted;
    private long _callsFailed;
    private long _allocatedBytes;
    private PythonError? _lastError;

    private string Name => this.GetPrimaryKeyString();

    public Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default) =>
        Track(ct => RunExec(interpreter => interpreter.Exec(source, "<string>", ct), ct), r => r.Error, cancellationToken);

    public Task<ExecResult> Exec(string source, string fileName, CancellationToken cancellationToken = default) =>
        Track(ct => RunExec(interpreter => interpreter.ExecProgram(source, fileName, ct), ct), r => r.Error, cancellationToken);

    public Task<ExecResult> ExecInteractive(string source, CancellationToken cancellationToken = default) =>
        Track(ct => RunExec(interpreter => interpreter.ExecInteractive(source, ct), ct), r => r.Error, cancellationToken);

    public Task<ValueResult> Call(string module, string function, ImmutableArray<WireValue> args, WireDict? kwargs = null,
        CancellationToken cancellationToken = default) =>
        Track(ct => RunValue(interpreter => interpreter.Call(module, function, WireCross.ToCross(args),
            kwargs is null ? null : WireCross.ToKeywords(kwargs), ct), ct), r => r.Error, cancellationToken);

    public Task<ValueResult> Eval(string expression, CancellationToken cancellationToken = default) =>
        Track(ct => RunValue(interpreter => interpreter.EvalValue(expression, ct), ct), r => r.Error, cancellationToken);

    public async Task<ExecResult> PrepareMain(ImmutableDictionary<string, WireValue> values)
    {
        var cross = values.ToDictionary(p => p.Key, p => WireCross.ToCross(p.Value));
        var result = await Track(ct => RunExec(interpreter => interpreter.PrepareMain(cross), ct), r => r.Error, default);
        if (result.Succeeded)
        {
            foreach (var (name, value) in values) recipe.State.Prepared[name] = value;
            await recipe.WriteStateAsync();
        }
        return result;
    }

    public async Task<ExecResult> Install(PluginBundle bundle)
    {
        var bundles = recipe.State.Bundles;
        if (bundles.Any(b => b.Id == bundle.Id)) return new ExecResult("", "", null);
        var replaced = bundles.FindIndex(b => b.Name == bundle.Name);
        var old = replaced >= 0 ? bundles[replaced] : null;
        if (old is not null)
        {
            // Modules already imported would stay the old ones: only a fresh interpreter, built
            // without the old bundle, gets the new code.
            bundles.RemoveAt(replaced);
            DropInterpreter();
        }
        var result = await Track(ct => RunExec(interpreter => InstallInto(interpreter, bundle, ct), ct), r => r.Error, default);
        if (result.Succeeded)
        {
            bundles.Add(bundle);
            await recipe.WriteStateAsync();
        }
        else if (old is not null)
        {
            // The new version failed: the recipe keeps the old one, and the next call rebuilds with it.
            bundles.Insert(replaced, old);
            DropInterpreter();
        }
        return result;
    }

    public async Task Configure(InterpreterLimits limits)
    {
        recipe.State.Limits = limits;
        await recipe.WriteStateAsync();
        DropInterpreter();
    }

    public Task Reset()
    {
        DropInterpreter();
        return Task.CompletedTask;
    }

    public Task<InterpreterStatus> Status() => Task.FromResult(new InterpreterStatus(
        Name, RuntimeIdentity, _runningSince, _callsCompleted, _callsFailed, _lastError));

    public Task<OutputChunk> TakeOutput() => Task.FromResult(new OutputChunk(_stdout.Take(), _stderr.Take()));

    public Task<bool> Interrupt()
    {
        if (_running is null) return Task.FromResult(false);
        _running.Cancel();
        return Task.FromResult(true);
    }

    public async Task<InterpreterStats> GetStats()
    {
        // Listing sys.modules is Python work, so it takes a turn on a Python thread like any call.
        var modules = _interpreter is null ? [] : await pythonThreads.RunAsync(ListModules);
        return new InterpreterStats(Name, RuntimeIdentity, _callsCompleted, _callsFailed, Interlocked.Read(ref _allocatedBytes),
            modules, [.. recipe.State.Bundles.Select(b => b.Name)], _lastError);
    }

    public async Task Close()
    {
        DropInterpreter();
        await recipe.ClearStateAsync();
        DeactivateOnIdle();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        DropInterpreter();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs work on a Python thread under a token that the caller's cancellation and
    /// <see cref="Interrupt"/> both fire, keeping the status fields (on the grain's scheduler).
    /// </summary>
    private async Task<T> Track<T>(Func<CancellationToken, T> work, Func<T, PythonError?> errorOf, CancellationToken cancellationToken)
    {
        // The interpreters this call came through (set by a `gilgrid` call in another grain), read on
        // the turn: RequestContext does not flow to the Python thread.
        var chain = RequestContext.Get(GridCalls.CallChainKey) as string[] ?? [];
        // The persistent state too is readable only on the turn: the Python thread gets a copy.
        var toBuild = _interpreter is null ? new RecipeSnapshot([.. recipe.State.Bundles], [.. recipe.State.Prepared], recipe.State.Limits) : null;
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running = running;
        _runningSince = DateTime.UtcNow;
        try
        {
            var result = await pythonThreads.RunAsync(() =>
            {
                _callChain = [.. chain, Name];
                if (toBuild is not null) _recipeToBuild = toBuild;
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    return work(running.Token);
                }
                finally
                {
                    Interlocked.Add(ref _allocatedBytes, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
                }
            }, running.Token);
            _callsCompleted++;
            if (errorOf(result) is { } error)
            {
                _callsFailed++;
                _lastError = error;
            }
            return result;
        }
        finally
        {
            _running = null;
            _runningSince = null;
        }
    }

    private void DropInterpreter()
    {
        _interpreter?.Dispose();
        _interpreter = null;
    }

    /// <summary>
    /// The interpreter, built from the recipe on first use (after activation or a reset): the
    /// `gilgrid` module, then the bundles in install order with their top-level modules imported,
    /// then the prepared values. A failure here is the failure of the call that needed it.
    /// </summary>
    private Interpreter GetInterpreter(CancellationToken cancellationToken)
    {
        if (_interpreter is not null) return _interpreter;
        var limits = _recipeToBuild.Limits;
        var config = InterpreterConfig.Main with { RecursionLimit = limits.RecursionLimit ?? InterpreterConfig.Main.RecursionLimit };
        var interpreter = new Interpreter(config, new InterpreterOptions
        {
            Stdout = _stdout,
            Stderr = _stderr,
            Timeout = limits.CallTimeout,
            TickBudget = limits.TickBudget,
        });
        new GridModule(grains, () => _callChain, _stdout, _stderr).AddTo(interpreter);
        try
        {
            foreach (var bundle in _recipeToBuild.Bundles) InstallInto(interpreter, bundle, cancellationToken);
            if (_recipeToBuild.Prepared.Length > 0)
                interpreter.PrepareMain(_recipeToBuild.Prepared.ToDictionary(p => p.Key, p => WireCross.ToCross(p.Value)));
        }
        catch
        {
            interpreter.Dispose();
            throw;
        }
        return _interpreter = interpreter;
    }

    private static void InstallInto(Interpreter interpreter, PluginBundle bundle, CancellationToken cancellationToken)
    {
        interpreter.AddModuleSources(bundle.Modules.Select(m => new ModuleSource(m.Name, m.Source, m.IsPackage, m.FileName)));
        foreach (var module in InterpreterRecipe.TopLevelModules(bundle)) interpreter.Import(module, cancellationToken);
    }

    private ImmutableArray<string> ListModules()
    {
        if (_interpreter?.EvalValue("sorted(__import__('sys').modules)") is not CrossList names) return [];
        return [.. names.Items.OfType<CrossStr>().Select(s => s.Value)];
    }

    private ExecResult RunExec(Action<Interpreter> run, CancellationToken cancellationToken)
    {
        var error = Guard(() => run(GetInterpreter(cancellationToken)), cancellationToken);
        return new ExecResult(_stdout.Take(), _stderr.Take(), error);
    }

    private ValueResult RunValue(Func<Interpreter, CrossValue> run, CancellationToken cancellationToken)
    {
        WireValue? value = null;
        var error = Guard(() => value = WireCross.ToWire(run(GetInterpreter(cancellationToken))), cancellationToken);
        return new ValueResult(error is null ? value : null, _stdout.Take(), _stderr.Take(), error);
    }

    /// <summary>
    /// Runs Python code with the grain's error mapping: a Python error (or SystemExit) is the
    /// result's error; cancellation drops what the call printed and throws, leaving the interpreter
    /// and its state for the next call.
    /// </summary>
    private PythonError? Guard(Action run, CancellationToken cancellationToken)
    {
        try
        {
            run();
            return null;
        }
        catch (ExecutionInterruptedException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not cancelled, so one of the recipe's limits stopped the code: the call's own failure.
            return new PythonError("TimeoutError", e.Message, "");
        }
        catch (Exception e) when (e is ExecutionInterruptedException or OperationCanceledException)
        {
            _stdout.Take();
            _stderr.Take();
            // No inner exception: the interpreter's exception types have no Orleans codec, and an
            // interrupted call's exception travels back to the caller.
            throw new OperationCanceledException($"the call was cancelled while its Python code ran ({e.Message})", cancellationToken);
        }
        catch (PythonException e)
        {
            return new PythonError(e.TypeName, e.PyMessage, e.FormattedTraceback);
        }
        catch (SystemExitException e)
        {
            // The grain outlives the code: SystemExit ends only this call. CPython prints no
            // traceback for it, hence none here; the message is str(SystemExit(code)).
            return new PythonError("SystemExit", e.ExitMessage ?? e.ExitCode.ToString(), "");
        }
        catch (ValueTooDeepException e)
        {
            return new PythonError("ValueError", e.Message, "");
        }
    }
}

/// <summary>The recipe as the Python thread reads it when it builds the interpreter.</summary>
internal sealed record RecipeSnapshot(PluginBundle[] Bundles, KeyValuePair<string, WireValue>[] Prepared, InterpreterLimits Limits);
