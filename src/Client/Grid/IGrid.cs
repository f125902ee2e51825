using GilGrid.Client.Commands;
using GilGrid.Client.Local;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Plugins;

namespace GilGrid.Client.Grid;

/// <summary>
/// GilGrid from C#: the same calls on this machine (<see cref="LocalGrid"/>, an in-process
/// interpreter pool, no cluster) and on an Orleans cluster (<see cref="ClusterGrid"/>, through an
/// external or a co-hosted client). Code written against it runs unchanged on a laptop and on a
/// cluster. Disposing releases what the grid started (an embedded silo, a connection it made).
/// </summary>
public interface IGrid : IAsyncDisposable
{
    /// <summary>"local", "embedded" or "cluster".</summary>
    string Backend { get; }

    /// <summary>
    /// Calls <paramref name="target"/> ("module:function", the module a name inside
    /// <paramref name="plugin"/>) once per input, in parallel isolated interpreters, with at most
    /// <see cref="MapOptions.MaxInFlight"/> calls in flight; the outcomes come back in input order,
    /// each with its result or Python error (a failure does not stop the run unless
    /// <see cref="MapOptions.FailFast"/>). A cluster spreads the calls over every silo's cores.
    /// </summary>
    /// <exception cref="PluginLoadException">the plugin does not import, or has no such function</exception>
    Task<MapResult> MapAsync(PluginBundle plugin, string target, IReadOnlyList<MapCall> inputs, MapOptions? options = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs a script as `python` would: what it prints goes to <paramref name="stdout"/> and
    /// <paramref name="stderr"/> as it comes (on a cluster, within a fraction of a second), an uncaught exception's
    /// traceback to <paramref name="stderr"/>, and the outcome carries the exit status.
    /// </summary>
    Task<RunOutcome> RunAsync(PythonProgram program, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken = default);
}

/// <summary>How a script ended: its exit status (as `python`'s), and the uncaught Python exception if any.</summary>
public sealed record RunOutcome(int ExitCode, PythonError? Error)
{
    public static RunOutcome Success { get; } = new(0, null);

    /// <summary>Stopped by cancellation (Ctrl-C): 130, what a shell reports for CPython ended by KeyboardInterrupt.</summary>
    public static RunOutcome Interrupted { get; } = new(CommandLine.InterruptedExitCode, null);
}

/// <summary>Parses a map target.</summary>
public static class MapTarget
{
    /// <summary>Splits "module:function"; a bare "function" uses the bundle's own name as the module.</summary>
    public static (string Module, string Function) Parse(PluginBundle plugin, string target)
    {
        var colon = target.LastIndexOf(':');
        var (module, function) = colon < 0 ? (plugin.Name, target) : (target[..colon], target[(colon + 1)..]);
        if (module.Length == 0 || function.Length == 0)
            throw new ArgumentException($"expected 'module:function', got '{target}'", nameof(target));
        return (module, function);
    }
}
