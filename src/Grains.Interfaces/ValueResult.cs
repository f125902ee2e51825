using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Grains.Interfaces;

/// <summary>
/// What a value-returning call (<see cref="IInterpreterGrain.Call"/>, <see cref="IInterpreterGrain.Eval"/>)
/// gave: the value on success (null when it raised), what the code printed, and the error.
/// A result that cannot cross interpreters is an error too (NotShareableError).
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.ValueResult")]
public sealed record ValueResult(
    [property: Id(0)] WireValue? Value,
    [property: Id(1)] string Stdout,
    [property: Id(2)] string Stderr,
    [property: Id(3)] PythonError? Error)
{
    public bool Succeeded => Error is null;
}
