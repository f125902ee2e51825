using System.Numerics;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// Converts between Python objects and the host's plain values: null (None), bool, long/int or
/// BigInteger (int), double (float), string (str), byte[] (bytes), object?[] (tuple). These are
/// the shareable kinds; anything else is refused with <see cref="NotShareableException"/>.
/// </summary>
public static class HostValues
{
    public static PyObject ToPython(object? value) => value switch
    {
        null => Py.None,
        PyObject p => p.Type.IsHeap ? throw new NotShareableException(p.Type.Name) : p,
        bool b => Py.Bool(b),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        BigInteger bi => PyInt.From(bi),
        double d => new PyFloat(d),
        float f => new PyFloat(f),
        string s => PyStr.From(s),
        byte[] bytes => new PyBytes((byte[])bytes.Clone()),
        object?[] items => PyTuple.Of([.. items.Select(ToPython)]),
        _ => throw new NotShareableException(value.GetType().Name),
    };

    public static object? FromPython(PyObject o) => o switch
    {
        PySingleton when o == Py.None => null,
        PyInt i when o.Type == Types.Bool => i.V != 0,
        PyInt i when o.Type == Types.Int => i.IsBig ? (object)i.AsBig : i.V,
        PyFloat f when o.Type == Types.Float => f.V,
        PyStr s when o.Type == Types.Str => s.Value,
        PyBytes b when o.Type == Types.Bytes => b.Span.ToArray(),
        PyTuple t when o.Type == Types.Tuple => t.Items.Select(FromPython).ToArray(),
        _ => throw new NotShareableException(o.Type.Name),
    };
}

/// <summary>A value that cannot cross an interpreter boundary (CPython's NotShareableError).</summary>
public sealed class NotShareableException(string typeName)
    : InvalidOperationException($"{typeName} object does not support cross-interpreter data")
{
    public string TypeName { get; } = typeName;
}
