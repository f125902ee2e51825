using System.Collections.Immutable;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Interp.Objects;

namespace GilGrid.Client.Local;

/// <summary>
/// A Python object as a wire value: exact None, bool, int, float, str, bytes, tuple, list, dict,
/// set and frozenset (their subclasses and every other type have no wire form). Runs on the
/// interpreter's thread, right after the object was produced. Nesting is checked as it goes, so a
/// list that contains itself fails at <see cref="WireValue.MaxDepth"/> instead of recursing forever.
/// </summary>
public static class WireConversion
{
    public static WireValue FromPython(PyObject value) => Convert(value, 0);

    private static WireValue Convert(PyObject value, int depth)
    {
        if (depth > WireValue.MaxDepth)
            throw new ValueTooDeepException(WireValue.MaxDepth);
        var type = value.Type;
        return value switch
        {
            PySingleton when ReferenceEquals(value, Py.None) => WireNone.Instance,
            PyInt b when type == Types.Bool => b.V != 0 ? WireBool.True : WireBool.False,
            PyInt i when type == Types.Int => i.IsBig ? WireBigInt.Of(i.AsBig) : new WireInt(i.V),
            PyFloat f when type == Types.Float => new WireFloat(f.V),
            PyStr s when type == Types.Str => new WireStr(s.Value),
            PyBytes b when type == Types.Bytes => new WireBytes(b.Data.AsSpan(0, b.Length).ToArray()),
            PyTuple t when type == Types.Tuple => new WireTuple(Items(t.Items, depth)),
            PyList l when type == Types.List => new WireList(Items(l.Span, depth)),
            PyDict d when type == Types.Dict => Dict(d, depth),
            PySet s when type == Types.Set || type == Types.FrozenSet =>
                new WireSet(Items(s.Keys().ToArray(), depth), frozen: type == Types.FrozenSet),
            _ => throw new NoWireFormException(type.Name),
        };
    }

    private static ImmutableArray<WireValue> Items(ReadOnlySpan<PyObject> items, int depth)
    {
        var converted = ImmutableArray.CreateBuilder<WireValue>(items.Length);
        foreach (var item in items)
            converted.Add(Convert(item, depth + 1));
        return converted.MoveToImmutable();
    }

    private static WireDict Dict(PyDict dict, int depth)
    {
        var pairs = dict.Pairs();
        var keys = ImmutableArray.CreateBuilder<WireValue>(pairs.Count);
        var values = ImmutableArray.CreateBuilder<WireValue>(pairs.Count);
        foreach (var (key, value) in pairs)
        {
            keys.Add(Convert(key, depth + 1));
            values.Add(Convert(value, depth + 1));
        }
        return new WireDict(keys.MoveToImmutable(), values.MoveToImmutable());
    }
}

/// <summary>A Python object of a type that cannot leave its interpreter as a value.</summary>
public sealed class NoWireFormException(string typeName) : Exception($"Object of type {typeName} cannot leave its interpreter")
{
    public string TypeName { get; } = typeName;
}
