using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>Builtin iterators: Next returns null when exhausted (no StopIteration object on the fast path).</summary>
public abstract class PyIteratorBase(PyType type) : PyObject(type)
{
    public abstract PyObject? Next();
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
}

public sealed class PyArrayIterator(PyType type, PyObject[] items) : PyIteratorBase(type)
{
    private int _i;
    public override PyObject? Next() => _i < items.Length ? items[_i++] : null;
}

public sealed class PyRangeIterator(long start, long step, long count) : PyIteratorBase(Types.RangeIterator)
{
    private long _next = start;
    private long _left = count;
    public long Left => Math.Max(_left, 0);
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

/// <summary>Iterates a dict's keys, values or items, raising if the dict changes size meanwhile.</summary>
public sealed class PyDictIterator(PyType type, HashTable table, int kind) : PyIteratorBase(type)
{
    private int _i;
    private readonly int _count = table.Count;
    public override PyObject? Next()
    {
        if (table.Count != _count)
            throw PyError.Runtime(kind == 3 ? "Set changed size during iteration" : "dictionary changed size during iteration");
        while (_i < table.End)
        {
            int i = _i++;
            var k = table.KeyAt(i);
            if (k == null) continue;
            return kind switch
            {
                0 or 3 => k,
                1 => table.ValueAt(i),
                _ => PyTuple.Of(k, table.ValueAt(i)),
            };
        }
        return null;
    }
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
        var v = Ops.Call(callable);
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
                     Types.DictValueIterator, Types.DictItemIterator, Types.SetIterator, Types.Enumerate, Types.Zip,
                     Types.Map, Types.Filter, Types.Reversed })
        {
            t.Method0("__iter__", self => self);
            t.Method0("__next__", self => ((PyIteratorBase)self).Next() ?? throw PyError.StopIteration());
        }
        // Iterators over ranges beyond long are PyFuncIterators with no count: they give no hint.
        Types.RangeIterator.Method0("__length_hint__", self => self is PyRangeIterator ri ? PyInt.From(ri.Left) : Py.NotImplemented);
    }
}
