using System.Text;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>collections.deque: a ring buffer (O(1) at both ends), optionally bounded by maxlen.</summary>
public sealed class PyDeque(PyType type) : PyObject(type)
{
    private PyObject[] _buf = new PyObject[8];
    private int _head;
    public int Count;
    public int? MaxLen;
    /// <summary>Bumped by every mutation, so iterators can detect changes (CPython's "deque mutated during iteration").</summary>
    public long Version;

    public PyObject this[int i]
    {
        get => _buf[(_head + i) % _buf.Length];
        set { _buf[(_head + i) % _buf.Length] = value; }
    }

    private void Grow()
    {
        var nb = new PyObject[_buf.Length * 2];
        for (int i = 0; i < Count; i++) nb[i] = this[i];
        _buf = nb;
        _head = 0;
    }

    public void Append(PyObject x)
    {
        Version++;
        if (MaxLen == 0) return;
        if (Count == _buf.Length) Grow();
        _buf[(_head + Count) % _buf.Length] = x;
        Count++;
        if (MaxLen is { } m && Count > m) PopLeft();
    }

    public void AppendLeft(PyObject x)
    {
        Version++;
        if (MaxLen == 0) return;
        if (Count == _buf.Length) Grow();
        _head = (_head - 1 + _buf.Length) % _buf.Length;
        _buf[_head] = x;
        Count++;
        if (MaxLen is { } m && Count > m) Pop();
    }

    public PyObject Pop()
    {
        if (Count == 0) throw PyError.IndexError("pop from an empty deque");
        Version++;
        int idx = (_head + Count - 1) % _buf.Length;
        var x = _buf[idx];
        _buf[idx] = null!;
        Count--;
        return x;
    }

    public PyObject PopLeft()
    {
        if (Count == 0) throw PyError.IndexError("pop from an empty deque");
        Version++;
        var x = _buf[_head];
        _buf[_head] = null!;
        _head = (_head + 1) % _buf.Length;
        Count--;
        return x;
    }

    public void Clear()
    {
        Version++;
        _buf = new PyObject[8];
        _head = 0;
        Count = 0;
    }

    public List<PyObject> ToList()
    {
        var l = new List<PyObject>(Count);
        for (int i = 0; i < Count; i++) l.Add(this[i]);
        return l;
    }

    public void SetAll(List<PyObject> items)
    {
        Clear();
        foreach (var x in items) Append(x);
    }
}

/// <summary>Iterates a deque front to back (or back to front), failing if the deque changes meanwhile.</summary>
public sealed class PyDequeIterator(PyDeque d, bool reverse) : PyIteratorBase(reverse ? DequeType.ReverseIteratorType : DequeType.IteratorType)
{
    private readonly long _version = d.Version;
    private int _i;

    public override PyObject? Next()
    {
        if (d.Version != _version) throw PyError.Runtime("deque mutated during iteration");
        if (_i >= d.Count) return null;
        var x = reverse ? d[d.Count - 1 - _i] : d[_i];
        _i++;
        return x;
    }
}

internal static partial class DequeType
{
    public static readonly PyType IteratorType = MakeIterator("_collections._deque_iterator");
    public static readonly PyType ReverseIteratorType = MakeIterator("_collections._deque_reverse_iterator");
    public static readonly PyType Type = Create();

    private static PyType MakeIterator(string name)
    {
        var t = new PyType(Types.Type, name[(name.LastIndexOf('.') + 1)..], [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_collections");
        t.Method0("__iter__", self => self);
        t.Method0("__next__", self => ((PyIteratorBase)self).Next() ?? throw PyError.StopIteration());
        t.IsImmutable = true;
        return t;
    }

    private static PyDeque D(PyObject o) => (PyDeque)o;

    private static int IndexArg(PyDeque d, PyObject i)
    {
        if (i is not PyInt && i.Type.Lookup("__index__") == null)
            throw PyError.TypeError($"sequence index must be integer, not '{i.Type.Name}'");
        var n = Ops.Index(i);
        long v = n.IsBig ? long.MaxValue : n.V;
        if (v < 0) v += d.Count;
        if (v < 0 || v >= d.Count) throw PyError.IndexError("deque index out of range");
        return (int)v;
    }

    internal static string Repr(PyDeque d)
    {
        var sb = new StringBuilder(d.Type.Name).Append("([");
        for (int i = 0; i < d.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.ReprString(d[i]));
        }
        sb.Append(']');
        if (d.MaxLen is { } m) sb.Append(", maxlen=").Append(m);
        return sb.Append(')').ToString();
    }
}
