using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// Subscripts of exact lists and tuples by a small int, before Ops' general path, and element
/// stores that skip .NET's covariant array-store check (PyObject[] arrays only ever hold
/// PyObjects, so the check cannot fail; it showed as ~8% of a list-heavy program).
/// </summary>
internal static class FastItems
{
    /// <summary>list[i] or tuple[i] in range; null for anything else (errors included).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? GetItem(PyObject container, PyObject key)
    {
        if (key.Type != Types.Int) return null;
        var ki = (PyInt)key;
        if (ki.IsBig) return null;
        long i = ki.V;
        if (container.Type == Types.List)
        {
            var l = (PyList)container;
            if (i < 0) i += l.Count;
            return (ulong)i < (ulong)l.Count ? l.Items[i] : null;
        }
        if (container.Type == Types.Tuple)
        {
            var items = ((PyTuple)container).Items;
            if (i < 0) i += items.Length;
            return (ulong)i < (ulong)items.Length ? items[i] : null;
        }
        return null;
    }

    /// <summary>CPython's IndexError message when an exact list or tuple is indexed out of range by a small int, else null.</summary>
    public static string? OutOfRange(PyObject container, PyObject key)
    {
        if (key.Type != Types.Int || ((PyInt)key).IsBig) return null;
        if (container.Type == Types.List) return "list index out of range";
        if (container.Type == Types.Tuple) return "tuple index out of range";
        return null;
    }

    /// <summary>array[i] = value without the covariance check (the caller has checked the bounds).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(PyObject[] array, int i, PyObject value) =>
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), i) = value;
}
