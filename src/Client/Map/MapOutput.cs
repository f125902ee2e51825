using GilGrid.Client.Grid;
using GilGrid.Client.Json;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Map;

/// <summary>One output line, and whether it records a failure.</summary>
public sealed record MapRecord(string Line, bool Failed);

/// <summary>
/// The output format: one JSON line per input, in input order, `{"result": VALUE}` or
/// `{"error": {"type": ..., "message": ..., "traceback": ...}}`. A result JSON cannot express
/// (bytes, a set) becomes the TypeError Python's `json` would raise.
/// </summary>
public static class MapOutput
{
    public const string CancelledType = "CancelledError";

    /// <summary>The line for an outcome; null (an input the run stopped before it finished) is a cancelled record.</summary>
    public static MapRecord Format(MapOutcome? outcome)
    {
        if (outcome is null)
            return Cancelled();
        if (outcome.Error is { } error)
            return ErrorRecord(error);
        try
        {
            return new MapRecord($"{{\"result\": {WireJson.Serialize(outcome.Result ?? WireNone.Instance)}}}", false);
        }
        catch (NotJsonSerializableException e)
        {
            return ErrorRecord(new PythonError("TypeError", e.Message, ""));
        }
    }

    /// <summary>
    /// The error a result JSON cannot express becomes (for <see cref="MapOptions.Validate"/>, so that
    /// it counts as a failure), or null when it can be written.
    /// </summary>
    public static PythonError? Unwritable(WireValue result)
    {
        try
        {
            WireJson.Serialize(result);
            return null;
        }
        catch (NotJsonSerializableException e)
        {
            return new PythonError("TypeError", e.Message, "");
        }
    }

    /// <summary>The line for an input whose call was cancelled or never started when the run stopped.</summary>
    private static MapRecord Cancelled() =>
        ErrorRecord(new PythonError(CancelledType, "the run stopped before this input finished", ""));

    private static MapRecord ErrorRecord(PythonError error)
    {
        var fields = new WireDict(
            [new WireStr("type"), new WireStr("message"), new WireStr("traceback")],
            [new WireStr(error.TypeName), new WireStr(error.Message), new WireStr(error.Traceback)]);
        return new MapRecord($"{{\"error\": {WireJson.Serialize(fields)}}}", true);
    }
}
