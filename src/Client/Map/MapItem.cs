using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Map;

/// <summary>One input of a map: the call's arguments and where they came from.</summary>
/// <param name="Index">0-based position among the inputs (and in the output).</param>
/// <param name="LineNumber">1-based line of the input file, for messages.</param>
public sealed record MapItem(int Index, int LineNumber, ImmutableArray<WireValue> Args, WireDict Kwargs);

/// <summary>What one call gave: a result or the Python error, and who ran it (for the summary).</summary>
public sealed record MapOutcome(WireValue? Result, PythonError? Error, string Worker)
{
    public static MapOutcome Success(WireValue result, string worker) => new(result, null, worker);

    public static MapOutcome Failure(PythonError error, string worker) => new(null, error, worker);
}

/// <summary>
/// A backend's way to call the plugin function: the local interpreter pool, an embedded silo or a
/// cluster. Calls may run concurrently; each returns its own outcome. Cancellation stops a call
/// (the task is then cancelled); a Python error is an outcome, not an exception.
/// </summary>
public interface IMapWorker
{
    Task<MapOutcome> CallAsync(MapItem item, CancellationToken cancellationToken);
}
