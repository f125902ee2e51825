using System.Collections.Immutable;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Bench.Grid;

/// <summary>
/// The ceiling: a plain C# grain with the interpreter grain's call shapes (same argument and
/// result types, so the same serialization), doing the work in C#. What an interpreter grain call
/// costs above this is GilGrid's own overhead.
/// </summary>
[Alias("gilgrid.bench.ICeilingGrain")]
public interface ICeilingGrain : IGrainWithStringKey
{
    [Alias("Exec")]
    Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default);

    [Alias("Call")]
    Task<ValueResult> Call(string module, string function, ImmutableArray<WireValue> args, WireDict? kwargs = null,
        CancellationToken cancellationToken = default);
}

public sealed class CeilingGrain : Grain, ICeilingGrain
{
    private static readonly ExecResult Done = new("", "", null);

    public Task<ExecResult> Exec(string source, CancellationToken cancellationToken = default) => Task.FromResult(Done);

    /// <summary>add(a, b) on two ints, like the Python function the interpreter grain calls.</summary>
    public Task<ValueResult> Call(string module, string function, ImmutableArray<WireValue> args, WireDict? kwargs = null,
        CancellationToken cancellationToken = default)
    {
        var sum = ((WireInt)args[0]).Value + ((WireInt)args[1]).Value;
        return Task.FromResult(new ValueResult(new WireInt(sum), "", "", null));
    }
}
