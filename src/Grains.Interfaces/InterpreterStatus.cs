namespace GilGrid.Grains.Interfaces;

/// <summary>What an interpreter grain is doing, answered even while its Python code runs.</summary>
/// <param name="Name">The interpreter's name (the grain key).</param>
/// <param name="Silo">The silo the activation lives on (Orleans' runtime identity).</param>
/// <param name="RunningSince">When the running call started (UTC), or null when idle.</param>
/// <param name="CallsCompleted">Calls finished by this activation, failed ones included.</param>
/// <param name="CallsFailed">Calls of this activation that ended in a Python error.</param>
/// <param name="LastError">The error of the most recent failed call, if any.</param>
[GenerateSerializer, Immutable, Alias("gilgrid.InterpreterStatus")]
public sealed record InterpreterStatus(
    [property: Id(0)] string Name,
    [property: Id(1)] string Silo,
    [property: Id(2)] DateTime? RunningSince,
    [property: Id(3)] long CallsCompleted,
    [property: Id(4)] long CallsFailed,
    [property: Id(5)] PythonError? LastError)
{
    public bool IsRunning => RunningSince is not null;
}
