using System.Numerics;

namespace GilGrid.Grains.Interfaces.Values;

/// <summary>
/// A Python value on the wire: what grain calls take and return (`Eval` results, `Call` arguments,
/// queue items). Two families, as in CPython's cross-interpreter rules: shareable immutable values
/// (None, bool, int, float, str, bytes, tuples of shareables), which an interpreter may hold by
/// reference, and copied containers (list, dict, set), which cross only as copies, where CPython
/// would pickle. Everything is immutable once built, so Orleans passes it inside a silo without a
/// copy ([Immutable]).
/// <para>Nesting is capped at <see cref="MaxDepth"/> when a value is built: Orleans' serializer
/// recurses per level, and a tuple nested 16,000 deep overflowed its stack and killed the process
/// (Orleans 10.4; 12,000 still worked). CPython's recursion limit keeps real data far below the cap.</para>
/// </summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireValue")]
public abstract record WireValue
{
    /// <summary>The deepest nesting a value may have (a scalar has depth 0).</summary>
    public const int MaxDepth = 1000;

    /// <summary>How deeply containers nest inside this value (0 for a scalar).</summary>
    public virtual int Depth => 0;

    /// <summary>True for values CPython lets interpreters share by reference.</summary>
    public virtual bool IsShareable => true;

    /// <summary>The Python type name, for messages ("int", "tuple", ...).</summary>
    public abstract string TypeName { get; }

    /// <summary>Depth of a container holding <paramref name="items"/>, checked against the cap.</summary>
    private protected static int ContainerDepth(IEnumerable<WireValue> items)
    {
        var deepest = 0;
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            deepest = Math.Max(deepest, item.Depth);
        }
        if (deepest + 1 > MaxDepth)
            throw new ValueTooDeepException(MaxDepth);
        return deepest + 1;
    }
}

/// <summary>A value nests containers deeper than <see cref="WireValue.MaxDepth"/>.</summary>
public sealed class ValueTooDeepException(int maxDepth)
    : Exception($"value nests deeper than {maxDepth} levels and cannot cross interpreters");

[GenerateSerializer, Immutable, Alias("gilgrid.WireNone")]
public sealed record WireNone : WireValue
{
    public static readonly WireNone Instance = new();

    public override string TypeName => "NoneType";
}

[GenerateSerializer, Immutable, Alias("gilgrid.WireBool")]
public sealed record WireBool([property: Id(0)] bool Value) : WireValue
{
    public static readonly WireBool True = new(true);
    public static readonly WireBool False = new(false);

    public override string TypeName => "bool";
}

/// <summary>A Python int that fits in 64 bits.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireInt")]
public sealed record WireInt([property: Id(0)] long Value) : WireValue
{
    public override string TypeName => "int";
}

/// <summary>A Python int outside 64 bits. <see cref="Of"/> picks <see cref="WireInt"/> when it fits,
/// so each number has one wire form and equality holds across them.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireBigInt")]
public sealed record WireBigInt : WireValue
{
    public WireBigInt(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(value), "fits in 64 bits: use WireInt");
        Value = value;
    }

    [Id(0)]
    public BigInteger Value { get; init; }

    public override string TypeName => "int";

    public static WireValue Of(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? new WireInt((long)value) : new WireBigInt(value);
}

/// <summary>A Python float. Equality here is identity of the value on the wire, not Python's `==`:
/// NaN equals NaN (as .NET's double.Equals has it), so a value equals its own round trip.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireFloat")]
public sealed record WireFloat([property: Id(0)] double Value) : WireValue
{
    public override string TypeName => "float";
}

[GenerateSerializer, Immutable, Alias("gilgrid.WireStr")]
public sealed record WireStr([property: Id(0)] string Value) : WireValue
{
    public override string TypeName => "str";
}

/// <summary>Python bytes. The array is never changed after construction: whoever builds one hands
/// the array over (inside a silo it is shared, not copied).</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WireBytes")]
public sealed record WireBytes([property: Id(0)] byte[] Value) : WireValue
{
    public override string TypeName => "bytes";

    public bool Equals(WireBytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value);
        return hash.ToHashCode();
    }
}

/// <summary>An instance of a user class, copied as a pickle (CPython's byte format) where CPython
/// would pickle it: the class's module and qualified name, and the bytes. Only an interpreter that
/// can import the class turns it back into an object; JSON output refuses it as Python's `json`
/// refuses an instance. The array is never changed after construction.</summary>
[GenerateSerializer, Immutable, Alias("gilgrid.WirePickled")]
public sealed record WirePickled([property: Id(0)] string Module, [property: Id(1)] string QualName, [property: Id(2)] byte[] Data) : WireValue
{
    /// <summary>The class's `__name__`.</summary>
    public override string TypeName => QualName[(QualName.LastIndexOf('.') + 1)..];

    public override bool IsShareable => false;

    public bool Equals(WirePickled? other) =>
        other is not null && Module == other.Module && QualName == other.QualName && Data.AsSpan().SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(Module, QualName, Data.Length);
}
