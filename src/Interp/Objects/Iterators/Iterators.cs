using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>Builtin iterators: Next returns null when exhausted (no StopIteration object on the fast path).</summary>
public abstract class PyIteratorBase(PyType type) : PyObject(type)
{
    public abstract PyObject? Next();

    /// <summary>How many items are left, for `__length_hint__`; null when the iterator cannot tell.</summary>
    public virtual long? LengthHint => null;
}

public sealed class PyListIterator(PyList list) : PyIteratorBase(Types.ListIterator)
{
    private PyList? _list = list;
    private int _i;
    public override PyObject? Next()
    {
        var l = _list;
        if (l == null) return null;
        if (_i < l.Count) return l.Items[_i++];
        _list = null;
        return null;
    }

    public override long? LengthHint => _list == null ? 0 : Math.Max(_list.Count - _i, 0);
}

/// <summary>reversed(list): walks down from the end, stopping early if the list shrank below it.</summary>
public sealed class PyListReverseIterator(PyList list) : PyIteratorBase(Types.ListReverseIterator)
{
    private PyList? _list = list;
    private int _i = list.Count - 1;
    public override PyObject? Next()
    {
        var l = _list;
        if (l != null && _i >= 0 && _i < l.Count) return l.Items[_i--];
        _list = null;
        return null;
    }

    public override long? LengthHint => _list == null || _i >= _list.Count ? 0 : _i + 1;
}

public sealed class PyArrayIterator(PyType type, PyObject[] items) : PyIteratorBase(type)
{
    private int _i;
    public override PyObject? Next() => _i < items.Length ? items[_i++] : null;
    public override long? LengthHint => items.Length - _i;
}

public sealed class PyRangeIterator(long start, long step, long count) : PyIteratorBase(Types.RangeIterator)
{
    private long _next = start;
    private long _left = count;
    public long Left => Math.Max(_left, 0);
    public override long? LengthHint => Left;
    public override PyObject? Next()
    {
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }
}

/// <summary>Iterates a str by code point: a surrogate pair comes out as one character.</summary>
public sealed class PyStrIterator(string s) : PyIteratorBase(Types.StrIterator)
{
    private int _i;
    public override PyObject? Next()
    {
        if (_i >= s.Length) return null;
        char c = s[_i];
        if (char.IsHighSurrogate(c) && _i + 1 < s.Length && char.IsLowSurrogate(s[_i + 1]))
        {
            _i += 2;
            return new PyStr(s.Substring(_i - 2, 2));
        }
        _i++;
        return PyStr.From(c);
    }
}

/// <summary>
/// Iterates a dict's keys, values or items (forwards, or backwards for `reversed`), raising if the
/// dict changes size meanwhile.
/// </summary>
public sealed class PyDictIterator(PyType type, HashTable table, int kind, bool reverse = false) : PyIteratorBase(type)
{
    private int _i = reverse ? table.End - 1 : 0;
    private int _seen;
    private readonly int _count = table.Count;
    public override PyObject? Next()
    {
        if (table.Count != _count)
        {
            _seen = _count;
            throw PyError.Runtime(kind == 3 ? "Set changed size during iteration" : "dictionary changed size during iteration");
        }
        while (reverse ? _i >= 0 : _i < table.End)
        {
            int i = reverse ? _i-- : _i++;
            var k = table.KeyAt(i);
            if (k == null) continue;
            _seen++;
            return kind switch
            {
                0 or 3 => k,
                1 => table.ValueAt(i),
                _ => PyTuple.Of(k, table.ValueAt(i)),
            };
        }
        _seen = _count;
        return null;
    }

    public override long? LengthHint => table.Count == _count ? _count - _seen : 0;
}

/// <summary>The old sequence protocol: calls __getitem__ with 0, 1, 2... until IndexError.</summary>
public sealed class PySeqIterator(PyObject seq) : PyIteratorBase(Types.Iterator)
{
    private PyObject? _seq = seq;
    private long _i;
    public override PyObject? Next()
    {
        if (_seq == null) return null;
        try { return Ops.GetItem(_seq, PyInt.From(_i++)); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.IndexError) || e.Exc.Type.IsSubtypeOf(Types.StopIteration))
        {
            _seq = null;
            return null;
        }
    }
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class PyCallableIterator(PyObject callable, PyObject sentinel) : PyIteratorBase(Types.CallableIterator)
{
    private bool _done;
    public override PyObject? Next()
    {
        if (_done) return null;
        PyObject v;
        // A StopIteration from the callable also ends the iteration (CPython's calliter_iternext).
        try { v = Ops.Call(callable); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration)) { _done = true; return null; }
        if (Ops.EqBool(v, sentinel)) { _done = true; return null; }
        return v;
    }
}

/// <summary>enumerate, zip, map, filter, reversed: lazily computed iterators.</summary>
public sealed class PyFuncIterator(PyType type, Func<PyObject?> next) : PyIteratorBase(type)
{
    public override PyObject? Next() => next();
}

public static class IteratorMethods
{
    public static void Register()
    {
        foreach (var t in new[] { Types.Iterator, Types.CallableIterator, Types.ListIterator, Types.ListReverseIterator,
                     Types.TupleIterator, Types.StrIterator, Types.BytesIterator, Types.RangeIterator, Types.DictKeyIterator,
                     Types.DictValueIterator, Types.DictItemIterator, Types.DictReverseKeyIterator, Types.DictReverseValueIterator,
                     Types.DictReverseItemIterator, Types.SetIterator, Types.Enumerate, Types.Zip,
                     Types.Map, Types.Filter, Types.Reversed })
        {
            t.Method0("__iter__", self => self);
            t.Method0("__next__", self => ((PyIteratorBase)self).Next() ?? throw PyError.StopIteration());
        }
        // Iterators over ranges beyond long are PyFuncIterators with no count: they give no hint.
        foreach (var t in new[] { Types.ListIterator, Types.ListReverseIterator, Types.TupleIterator, Types.RangeIterator,
                     Types.DictKeyIterator, Types.DictValueIterator, Types.DictItemIterator, Types.DictReverseKeyIterator,
                     Types.DictReverseValueIterator, Types.DictReverseItemIterator, Types.SetIterator })
            t.Method0("__length_hint__", self =>
                self is PyIteratorBase { LengthHint: { } n } ? PyInt.From(n) : Py.NotImplemented);
    }
}
