using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public sealed class PyTuple : PyObject
{
    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items) : base(Types.Tuple) { Items = items; Hosting.Allocation.Charge(items, 8L * items.Length); }
    public PyTuple(PyType type, PyObject[] items) : base(type) { Items = items; Hosting.Allocation.Charge(items, 8L * items.Length); }

    public static readonly PyTuple Empty = new([]);
    public static PyTuple Of(params PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);
    public static PyTuple Of(ReadOnlySpan<PyObject> items) => items.Length == 0 ? Empty : new PyTuple(items.ToArray());
    public int Count => Items.Length;
}

public sealed class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList() : base(Types.List) { Items = []; }
    public PyList(PyType type) : base(type) { Items = []; }
    public PyList(PyObject[] items) : base(Types.List) { Items = items; Count = items.Length; Hosting.Allocation.Charge(items, 8L * items.Length); }

    public ReadOnlySpan<PyObject> Span => Items.AsSpan(0, Count);

    public void Append(PyObject o)
    {
        if (Count == Items.Length) Grow();
        FastItems.Store(Items, Count++, o);   // no covariant store check (FastItems)
    }

    public void Insert(int i, PyObject o)
    {
        if (Count == Items.Length) Grow();
        Array.Copy(Items, i, Items, i + 1, Count - i);
        Items[i] = o;
        Count++;
    }

    private void Grow()
    {
        var bigger = new PyObject[Math.Max(4, Count * 2)];
        // Charged before the swap: a MemoryError leaves the list as it was.
        Hosting.Allocation.Charge(bigger, 8L * bigger.Length);
        Array.Copy(Items, bigger, Count);
        Items = bigger;
    }

    public void RemoveAt(int i)
    {
        Array.Copy(Items, i + 1, Items, i, Count - i - 1);
        Items[--Count] = null!;
    }

    public PyObject[] ToArray() => Span.ToArray();
}

public sealed class PyDict : PyObject
{
    public readonly HashTable Table;

    public PyDict() : base(Types.Dict) { Table = new HashTable(); }
    public PyDict(PyType type) : base(type) { Table = new HashTable(); }
    public PyDict(HashTable table) : base(Types.Dict) { Table = table; }

    public int Count => Table.Count;
    public PyObject? Get(PyObject key) => Table.Get(key);
    public PyObject? Get(string key) => Table.GetStr(key);
    public void Set(PyObject key, PyObject value) => Table.Set(key, value);
    public void Set(string key, PyObject value) => Table.Set(PyStr.From(key), value);
    public PyObject? Remove(PyObject key) => Table.Remove(key);

    /// <summary>Live key/value pairs in insertion order (snapshot; not for hot paths).</summary>
    public List<KeyValuePair<PyObject, PyObject>> Pairs()
    {
        var l = new List<KeyValuePair<PyObject, PyObject>>(Table.Count);
        for (int i = 0; i < Table.End; i++)
        {
            var k = Table.KeyAt(i);
            if (k != null) l.Add(new(k, Table.ValueAt(i)));
        }
        return l;
    }
}

/// <summary>`set` and `frozenset` (values unused in the table).</summary>
public sealed class PySet : PyObject
{
    public readonly SetTable Table;

    public PySet(PyType type) : base(type) { Table = new SetTable(); }
    public PySet(PyType type, SetTable table) : base(type) { Table = table; }

    public bool IsFrozen => Type.IsSubtypeOf(Types.FrozenSet);
    public int Count => Table.Count;
    public void Add(PyObject key) => Table.Add(key);
    public bool Contains(PyObject key) => Table.Contains(key);

    /// <summary>set.update(iterable) as CPython: sets merge, dicts pre-size, others add one by one.</summary>
    public void Update(PyObject iterable)
    {
        if (iterable is PySet other) { Table.Merge(other.Table); return; }
        if (iterable is PyDict d && iterable.Type == Types.Dict) { Table.MergeDict(d.Table); return; }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x) Table.Add(x);
    }

    public List<PyObject> Keys()
    {
        var l = new List<PyObject>(Table.Count);
        for (int i = 0; i < Table.End; i++)
            if (Table.KeyAt(i) is { } k) l.Add(k);
        return l;
    }
}

public sealed class PyRange(PyInt start, PyInt stop, PyInt step) : PyObject(Types.Range)
{
    public readonly PyInt Start = start, Stop = stop, Step = step;

    public System.Numerics.BigInteger Length()
    {
        if (IsSmall)
        {
            // 128-bit arithmetic cannot overflow for long bounds, and allocates nothing.
            Int128 a = Start.V, b = Stop.V, g = Step.V;
            if (g > 0) return a < b ? (System.Numerics.BigInteger)((b - a - 1) / g + 1) : 0;
            return a > b ? (System.Numerics.BigInteger)((a - b - 1) / -g + 1) : 0;
        }
        var st = Start.AsBig; var sp = Stop.AsBig; var sg = Step.AsBig;
        if (sg > 0) return st < sp ? (sp - st - 1) / sg + 1 : 0;
        return st > sp ? (st - sp - 1) / (-sg) + 1 : 0;
    }

    /// <summary>True when every value fits in a long (the iterator's fast path).</summary>
    public bool IsSmall => !Start.IsBig && !Stop.IsBig && !Step.IsBig;
}

public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject(Types.Slice)
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    /// <summary>CPython's PySlice_GetIndicesEx: clamps to a sequence of the given length.</summary>
    public (long start, long stop, long step, long count) Indices(long length)
    {
        long step = Step is PySingleton ? 1 : Ops.IndexClamped(Step);
        if (step == 0) throw PyError.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long start, stop;
        if (Start is PySingleton) start = step < 0 ? upper : lower;
        else
        {
            start = Ops.IndexClamped(Start);
            if (start < 0) { start += length; if (start < lower) start = lower; }
            else if (start > upper) start = upper;
        }
        if (Stop is PySingleton) stop = step < 0 ? lower : upper;
        else
        {
            stop = Ops.IndexClamped(Stop);
            if (stop < 0) { stop += length; if (stop < lower) stop = lower; }
            else if (stop > upper) stop = upper;
        }
        long count = step < 0 ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
                               : (start < stop ? (stop - start - 1) / step + 1 : 0);
        return (start, stop, step, count);
    }
}
