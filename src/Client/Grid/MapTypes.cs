using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Grid;

/// <summary>The arguments of one call of a map: `function(*Args, **Kwargs)`.</summary>
public sealed record MapCall(ImmutableArray<WireValue> Args, WireDict? Kwargs = null)
{
    /// <summary>A call with positional arguments only.</summary>
    public static MapCall Of(params WireValue[] args) => new([.. args]);
}

/// <summary>What one call gave: a result or the Python error, and who ran it (a local worker or a silo).</summary>
public sealed record MapOutcome(WireValue? Result, PythonError? Error, string Worker)
{
    public bool Failed => Error is not null;

    public static MapOutcome Success(WireValue result, string worker) => new(result, null, worker);

    public static MapOutcome Failure(PythonError error, string worker) => new(null, error, worker);
}

/// <summary>
/// A backend's way to call the plugin function once. Calls may run concurrently; each returns its
/// own outcome. Cancellation stops a call (the task is then cancelled); a Python error is an
/// outcome, not an exception.
/// </summary>
public interface IMapWorker
{
    Task<MapOutcome> CallAsync(MapCall call, CancellationToken cancellationToken);

    /// <summary>Whether <see cref="CallChunkAsync"/> sends several inputs in one message: the map
    /// then hands out inputs in chunks (as CPython's <c>Pool.map</c> does), so that tiny inputs do
    /// not spend most of their time on the way.</summary>
    bool SendsChunks => false;

    /// <summary>Calls the function once per input of <paramref name="chunk"/>, in order, giving the
    /// outcomes in the same order.</summary>
    async Task<IReadOnlyList<MapOutcome>> CallChunkAsync(IReadOnlyList<MapCall> chunk, CancellationToken cancellationToken)
    {
        var outcomes = new List<MapOutcome>(chunk.Count);
        foreach (var call in chunk)
            outcomes.Add(await CallAsync(call, cancellationToken));
        return outcomes;
    }
}

/// <summary>A backend whose workers can grow in number while a map runs (a cluster that gains silos):
/// the map then keeps more calls in flight.</summary>
public interface IGrowingMapWorker : IMapWorker
{
    /// <summary>Raised with the number of workers just added.</summary>
    event Action<int>? WorkersAdded;
}

/// <summary>Counts at one moment of a run.</summary>
public sealed record MapProgressCounts(int Total, int Done, int Failed, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate, or null before there is a rate and once done.</summary>
    public TimeSpan? Remaining => Done > 0 && Done < Total && ItemsPerSecond > 0
        ? TimeSpan.FromSeconds((Total - Done) / ItemsPerSecond)
        : null;
}

/// <summary>How a map ended.</summary>
/// <param name="Reported">Inputs handed to <see cref="MapOptions.OnResult"/>, in order: every input
/// unless the run stopped early.</param>
/// <param name="Stopped">The run was cancelled, or stopped by <see cref="MapOptions.FailFast"/>.</param>
/// <param name="PerWorker">Inputs completed by each worker.</param>
/// <param name="WorkerKind">What a worker is: "worker" (a local interpreter thread) or "silo".</param>
public sealed record MapSummary(int Items, int Reported, int Succeeded, int Failed, bool Stopped,
    TimeSpan Elapsed, IReadOnlyDictionary<string, int> PerWorker, string WorkerKind = "worker");

/// <summary>
/// A whole map: one outcome per input, in input order (null for an input that did not finish
/// because the run stopped), and the summary.
/// </summary>
public sealed record MapResult(IReadOnlyList<MapOutcome?> Outcomes, MapSummary Summary);

/// <summary>The plugin could not be loaded: its import failed, or it has no such function.</summary>
public sealed class PluginLoadException(PythonError error, bool missingFunction)
    : Exception($"{error.TypeName}: {error.Message}")
{
    public PythonError Error { get; } = error;

    /// <summary>The module imported but has no attribute of the function's name.</summary>
    public bool MissingFunction { get; } = missingFunction;
}
