namespace GilGrid.Grains.Interfaces;

/// <summary>
/// The outcome of running code in an interpreter grain: everything the code printed to stdout and
/// stderr during the call, and the error when it raised (null on success).
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.ExecResult")]
public sealed record ExecResult(
    [property: Id(0)] string Stdout,
    [property: Id(1)] string Stderr,
    [property: Id(2)] PythonError? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// A Python exception that escaped the code a grain ran, in CPython 3.14's `ExecutionFailed` shape:
/// the exception type's name, str(exception), and the text CPython would print for it uncaught
/// (the whole traceback, or the SyntaxError block with its caret).
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.PythonError")]
public sealed record PythonError(
    [property: Id(0)] string TypeName,
    [property: Id(1)] string Message,
    [property: Id(2)] string Traceback);

/// <summary>What a running call has printed since it started or since the last such chunk was taken.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.OutputChunk")]
public sealed record OutputChunk(
    [property: Id(0)] string Stdout,
    [property: Id(1)] string Stderr)
{
    public bool IsEmpty => Stdout.Length == 0 && Stderr.Length == 0;
}
