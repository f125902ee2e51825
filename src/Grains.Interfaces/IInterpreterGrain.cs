using System.Collections.Immutable;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;
using Orleans.Concurrency;

namespace GilGrid.Grains.Interfaces;

/// <summary>
/// One named Python interpreter living in the cluster (the key is its name). The grain is not
/// reentrant, so its calls take turns: a turn is that interpreter's GIL. Python runs on dedicated
/// execution threads that the grain awaits, never on the grain's own turn.
/// </summary>
[Alias("gilgrid.IInterpreterGrain")]
public interface IInterpreterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Runs <paramref name="source"/> in the interpreter's `__main__` (its state stays for the next
    /// call) and returns what it printed and, if it failed, the Python error. Cancelling before the
    /// code starts drops the call.
    /// </summary>
    [Alias("Exec")]
    Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default);

    /// <summary>Runs a program (`gilgrid run --cluster`): the same, with the file name tracebacks show
    /// for it (a script's path, or "&lt;string&gt;" for `-c`), whose lines they show as well.</summary>
    [Alias("ExecNamed")]
    Task<ExecResult> Exec(string source, string fileName, CancellationToken cancellationToken = default);

    /// <summary>Runs one entry of an interactive prompt (file "&lt;stdin&gt;"): an expression's value is
    /// echoed with its repr, as at CPython's `>>>`.</summary>
    [Alias("ExecInteractive")]
    Task<ExecResult> ExecInteractive(string source, CancellationToken cancellationToken = default);

    /// <summary>
    /// Calls `module.function(*args, **kwargs)` ("__main__" for functions defined by <see cref="Exec"/>)
    /// with arguments built fresh in the interpreter; the result comes back as a wire value (a copy
    /// for lists, dicts and sets). Cancelling stops the call, not the interpreter.
    /// </summary>
    [Alias("Call")]
    Task<ValueResult> Call(string module, string function, ImmutableArray<WireValue> args, WireDict? kwargs = null,
        CancellationToken cancellationToken = default);

    /// <summary>Evaluates an expression in `__main__` and returns its value as a wire value.</summary>
    [Alias("Eval")]
    Task<ValueResult> Eval(string expression, CancellationToken cancellationToken = default);

    /// <summary>
    /// The interpreter's status. Interleaves with a running call (it touches no Python state), so
    /// it answers at once even while <see cref="Exec"/> is busy.
    /// </summary>
    [Alias("Status"), AlwaysInterleave]
    Task<InterpreterStatus> Status();

    /// <summary>
    /// Binds names in `__main__` to shareable values (CPython's `prepare_main`): a list, dict or set
    /// is refused with NotShareableError. The values join the recipe, so a rebuilt interpreter has them.
    /// </summary>
    [Alias("PrepareMain")]
    Task<ExecResult> PrepareMain(ImmutableDictionary<string, WireValue> values);

    /// <summary>
    /// Makes a plugin's modules importable and imports its top-level module(s), so that an import
    /// error is this call's error (and the bundle is then not installed). Installed bundles join the
    /// recipe. The same bundle again is a no-op; a bundle of the same name with other content
    /// replaces it and resets the interpreter, since Python cannot unload modules it imported.
    /// </summary>
    [Alias("Install")]
    Task<ExecResult> Install(PluginBundle bundle);

    /// <summary>
    /// Sets the interpreter's limits (part of the recipe). Limits are fixed when an interpreter is
    /// built, so this resets it: the next call runs in a fresh one built with them.
    /// </summary>
    [Alias("Configure")]
    Task Configure(InterpreterLimits limits);

    /// <summary>Drops the interpreter's heap; the next call runs in a fresh one built from the recipe.</summary>
    [Alias("Reset")]
    Task Reset();

    /// <summary>Counters and contents of this activation (calls, failures, allocation, modules, bundles).</summary>
    [Alias("GetStats")]
    Task<InterpreterStats> GetStats();

    /// <summary>
    /// Stops the running call, which fails with <see cref="OperationCanceledException"/>; the
    /// interpreter and its state stay for the next call. Interleaves with the running call.
    /// Returns false when nothing was running.
    /// </summary>
    [Alias("Interrupt"), AlwaysInterleave]
    Task<bool> Interrupt();

    /// <summary>
    /// Takes what the running call has printed so far, which its result then no longer carries: a
    /// caller that polls this while the call runs shows the output as it comes. Interleaves with the
    /// running call.
    /// </summary>
    [Alias("TakeOutput"), AlwaysInterleave]
    Task<OutputChunk> TakeOutput();

    /// <summary>
    /// Drops the interpreter (its modules and `__main__` go with it), clears the recipe and lets
    /// Orleans deactivate the grain. A later call to the same name starts a fresh interpreter.
    /// </summary>
    [Alias("Close")]
    Task Close();
}
