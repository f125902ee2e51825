using System.Numerics;
using System.Runtime.CompilerServices;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// The object protocol (CPython's abstract.c/object.c): what the VM and native code call to
/// repr, hash, compare, test truth, measure and iterate any object. Builtin types get C# fast
/// paths; everything else dispatches through the type's dunder methods.
/// </summary>
public static partial class Ops
{
    // ---- repr / str ------------------------------------------------------------------------
    public static PyObject Repr(PyObject o)
    {
        ThreadState.EnsureStack("while getting the repr of an object");
        if (o is PyStr s && o.Type == Types.Str) return PyStr.From(StrMethods.Repr(s.Value));
        if (o is PyInt i && o.Type == Types.Int) return PyStr.From(i.ToDecimalString());
        var r = CallSpecial(o, "__repr__") ?? throw PyError.TypeError($"'{o.Type.Name}' object has no __repr__");
        if (r is not PyStr) throw PyError.TypeError($"__repr__ returned non-string (type {r.Type.Name})");
        return r;
    }

    public static string ReprString(PyObject o) => ((PyStr)Repr(o)).Value;

    public static PyObject Str(PyObject o)
    {
        if (o.Type == Types.Str) return o;
        var r = CallSpecial(o, "__str__") ?? Repr(o);
        if (r is not PyStr) throw PyError.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        return r;
    }

    public static string StrString(PyObject o) => ((PyStr)Str(o)).Value;

    // ---- hash / equality -------------------------------------------------------------------
    public static long Hash(PyObject o)
    {
        if (o is PyStr s) { if (o.Type == Types.Str) return s.Hash(); }
        else if (o is PyInt i && !i.IsBig && (o.Type == Types.Int || o.Type == Types.Bool)) return IntMethods.HashLong(i.V);
        ThreadState.EnsureStack();
        var h = o.Type.Lookup("__hash__");
        if (h == null || h == Py.None) throw PyError.TypeError($"unhashable type: '{o.Type.Name}'");
        var r = CallDescriptor(h, o, []);
        if (r is not PyInt ri) throw PyError.TypeError("__hash__ method should return an integer");
        // CPython reduces big hashes modulo 2**61-1 and maps -1 to -2.
        long v = ri.IsBig ? (long)(BigInteger.Remainder(ri.AsBig, IntMethods.HashModulus)) : ri.V;
        return v == -1 ? -2 : v;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EqBool(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig && a.Type == b.Type && (a.Type == Types.Int || a.Type == Types.Bool))
            return ia.V == ib.V;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str) return sa.Value == sb.Value;
        return IsTrue(RichCompare(a, b, CompareOp.Eq));
    }

    // ---- truth, length ---------------------------------------------------------------------
    public static bool IsTrue(PyObject o)
    {
        if (o == PyInt.True) return true;
        if (o == PyInt.False || o == Py.None) return false;
        if (o.Type == Types.Int) return !((PyInt)o).IsZero;
        if (o.Type == Types.Str) return ((PyStr)o).Value.Length != 0;
        if (o.Type == Types.List) return ((PyList)o).Count != 0;
        if (o.Type == Types.Float) return ((PyFloat)o).V != 0;
        if (o.Type == Types.Tuple) return ((PyTuple)o).Items.Length != 0;
        if (o.Type == Types.Dict) return ((PyDict)o).Count != 0;
        var b = o.Type.Lookup("__bool__");
        if (b != null)
        {
            var r = CallDescriptor(b, o, []);
            if (r.Type != Types.Bool) throw PyError.TypeError($"__bool__ should return bool, returned {r.Type.Name}");
            return r == PyInt.True;
        }
        var l = o.Type.Lookup("__len__");
        if (l != null) return LenOf(CallDescriptor(l, o, []), true) != 0;
        return true;
    }

    public static long Len(PyObject o)
    {
        switch (o)
        {
            case PyStr s when o.Type == Types.Str: return s.Length;
            // Exact types only: a subclass may override __len__.
            case PyList l when o.Type == Types.List: return l.Count;
            case PyTuple t when o.Type == Types.Tuple: return t.Items.Length;
            case PyDict d when o.Type == Types.Dict: return d.Count;
        }
        var f = o.Type.Lookup("__len__") ?? throw PyError.TypeError($"object of type '{o.Type.Name}' has no len()");
        return LenOf(CallDescriptor(f, o, []), false);
    }

    private static long LenOf(PyObject r, bool forBool)
    {
        // CPython converts the result with __index__ (PyNumber_AsSsize_t), so int-likes are accepted.
        var i = Index(r);
        if (i.Sign < 0) throw PyError.ValueError("__len__() should return >= 0");
        if (i.IsBig) throw PyError.Overflow("cannot fit 'int' into an index-sized integer");
        _ = forBool;
        return i.V;
    }

    // ---- index conversions -----------------------------------------------------------------
    /// <summary>`operator.index(o)`: ints and objects with __index__.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i;
        var f = o.Type.Lookup("__index__")
            ?? throw PyError.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        var r = CallDescriptor(f, o, []);
        if (r is not PyInt ri) throw PyError.TypeError($"__index__ returned non-int (type {r.Type.Name})");
        return ri;
    }

    /// <summary>An index for slicing: huge values clamp instead of overflowing.</summary>
    public static long IndexClamped(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") == null)
            throw PyError.TypeError("slice indices must be integers or None or have an __index__ method");
        var i = Index(o);
        if (!i.IsBig) return i.V;
        return i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
    }

    /// <summary>A sequence index (`x[i]`), with CPython's messages for bad types.</summary>
    public static long SequenceIndex(PyObject o, string typeName)
    {
        if (o is PyInt i)
        {
            if (i.IsBig) throw PyError.IndexError($"cannot fit 'int' into an index-sized integer");
            return i.V;
        }
        if (o.Type.Lookup("__index__") == null)
            throw PyError.TypeError($"{typeName} indices must be integers or slices, not {o.Type.Name}");
        var r = Index(o);
        if (r.IsBig) throw PyError.IndexError("cannot fit 'int' into an index-sized integer");
        return r.V;
    }

    // ---- iteration -------------------------------------------------------------------------
    public static PyObject GetIter(PyObject o)
    {
        var f = o.Type.Lookup("__iter__");
        if (f != null && f != Py.None)
        {
            var it = CallDescriptor(f, o, []);
            if (it.Type.Lookup("__next__") == null)
                throw PyError.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
            return it;
        }
        if (f == null && o.Type.Lookup("__getitem__") != null) return new PySeqIterator(o);
        throw PyError.TypeError($"'{o.Type.Name}' object is not iterable");
    }

    /// <summary>The next item, or null when the iterator is exhausted (StopIteration swallowed).</summary>
    public static PyObject? Next(PyObject it)
    {
        if (it is PyIteratorBase nb && nb.Type.IsImmutable) return nb.Next();
        var f = it.Type.Lookup("__next__") ?? throw PyError.TypeError($"'{it.Type.Name}' object is not an iterator");
        try { return CallDescriptor(f, it, []); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration)) { return null; }
    }

    /// <summary>Materialises any iterable (fast for lists and tuples).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        // Only exact lists and tuples skip the protocol: a subclass may override __iter__.
        if (iterable is PyList l && iterable.Type == Types.List) return [.. l.Span];
        if (iterable is PyTuple t && iterable.Type == Types.Tuple) return [.. t.Items];
        var r = new List<PyObject>();
        var it = GetIter(iterable);
        while (Next(it) is { } x) r.Add(x);
        return r;
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        if (iterable is PyTuple t && iterable.Type == Types.Tuple) return t.Items;
        if (iterable is PyList l && iterable.Type == Types.List) return l.ToArray();
        return [.. ToList(iterable)];
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when container.Type == Types.Dict: return d.Table.Contains(item);
            case PySet s when container.Type.IsImmutable:
                if (item is PySet inner && !inner.IsFrozen)
                {
                    // A set is looked up as the equal frozenset (set_contains' retry).
                    var fs = new PySet(Types.FrozenSet);
                    fs.Update(inner);
                    return s.Table.Contains(fs);
                }
                return s.Table.Contains(item);
            case PyStr s when container.Type == Types.Str:
                if (item is not PyStr sub)
                    throw PyError.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return StrMethods.Contains(s.Value, sub.Value);
        }
        var f = container.Type.Lookup("__contains__");
        // `__contains__ = None` opts out of membership (no fallback to iteration), as CPython.
        if (f == Py.None) throw PyError.TypeError($"'{container.Type.Name}' object is not a container");
        if (f != null) return IsTrue(CallDescriptor(f, container, [item]));
        if (container.Type.Lookup("__iter__") == null && container.Type.Lookup("__getitem__") == null)
            throw PyError.TypeError($"argument of type '{container.Type.Name}' is not iterable");
        var it = GetIter(container);
        while (Next(it) is { } x)
            if (ReferenceEquals(x, item) || EqBool(x, item)) return true;
        return false;
    }

    // ---- subscription ----------------------------------------------------------------------
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o is PyList l && key is PyInt ki && !ki.IsBig && o.Type == Types.List)
        {
            long i = ki.V;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyError.IndexError("list index out of range");
            return l.Items[i];
        }
        var f = o.Type.Lookup("__getitem__");
        if (f != null) return CallDescriptor(f, o, [key]);
        if (o is PyType t)
        {
            var cg = t.Lookup("__class_getitem__");
            if (cg != null) return Call(BindDescriptor(cg, null, t), [key]);
            if (t == Types.Type) return new PyGenericAlias(t, key);
            throw PyError.TypeError($"type '{t.Name}' is not subscriptable");
        }
        throw PyError.TypeError($"'{o.Type.Name}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        var f = o.Type.Lookup("__setitem__")
            ?? throw PyError.TypeError($"'{o.Type.Name}' object does not support item assignment");
        CallDescriptor(f, o, [key, value]);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var f = o.Type.Lookup("__delitem__")
            ?? throw PyError.TypeError($"'{o.Type.Name}' object doesn't support item deletion");
        CallDescriptor(f, o, [key]);
    }

    // ---- type checks -----------------------------------------------------------------------
    public static bool IsInstance(PyObject o, PyType t) => o.Type.IsSubtypeOf(t);

    public static string TypeName(PyObject o) => o.Type.Name;
}
