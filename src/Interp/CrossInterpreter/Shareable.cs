using System.Collections.Immutable;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.CrossInterpreter;

/// <summary>
/// The cross-interpreter rules. Shareable values (exact None, bool, int, float, str, bytes and
/// tuples of them) are immutable objects of process-wide builtin types, so they cross by reference.
/// Lists, dicts, sets and frozensets cross as deep copies (where CPython would pickle them), and
/// instances of user classes as pickles (<see cref="Pickled"/>); anything else raises
/// <see cref="NotShareable.Type"/>. Subclass instances never cross by reference: their type belongs
/// to the sending interpreter. Nesting is capped at <see cref="CrossValue.MaxDepth"/>, so converting
/// recurses at most that deep on the native stack.
/// </summary>
public static class Shareable
{
    /// <summary>True when the object may be shared by reference (CPython's `is_shareable`).</summary>
    public static bool IsShareable(PyObject o) => IsShareable(o, 0);

    private static bool IsShareable(PyObject o, int depth)
    {
        if (IsScalar(o)) return true;
        if (o.Type != Types.Tuple || depth >= CrossValue.MaxDepth) return false;
        foreach (var item in ((PyTuple)o).Items)
            if (!IsShareable(item, depth + 1)) return false;
        return true;
    }

    private static bool IsScalar(PyObject o)
    {
        var t = o.Type;
        return o == Py.None || t == Types.Int || t == Types.Bool || t == Types.Float || t == Types.Str || t == Types.Bytes
            || (o is ICrossInterpreterHandle && o.Dict == null);
    }

    /// <summary>Returns the object itself when it is shareable; raises NotShareableError otherwise.</summary>
    public static PyObject Share(PyObject o)
    {
        if (IsShareable(o)) return o;
        if (o.Type == Types.Tuple && Depth(o, 0) > CrossValue.MaxDepth) throw NotShareable.TooDeep();
        throw NotShareable.For(o);
    }

    private static int Depth(PyObject o, int depth)
    {
        if (o.Type != Types.Tuple || depth > CrossValue.MaxDepth) return depth;
        int max = depth + 1;
        foreach (var item in ((PyTuple)o).Items) max = Math.Max(max, Depth(item, depth + 1));
        return max;
    }

    /// <summary>
    /// Prepares a value to be handed to another interpreter of this process: shareables by
    /// reference, copies of lists/dicts/sets; a value holding a user-class instance anywhere is
    /// pickled whole, as CPython pickles a value that is not shareable. Run it holding the sending
    /// interpreter's GIL (it reads the sender's containers); the result references nothing the
    /// sender owns. The receiver passes it through <see cref="Receive"/>.
    /// </summary>
    public static PyObject Transfer(PyObject o) => Transfer(o, 0) ?? new Pickled.Carrier(Pickled.Dump(o));

    /// <summary>A transferred value as the receiving interpreter sees it (run holding the receiver's GIL).</summary>
    public static PyObject Receive(PyObject transferred) =>
        transferred is Pickled.Carrier c ? Pickled.Load(c.Pickle) : transferred;

    /// <summary>The copy, or null when a user-class instance inside means the value must be pickled.</summary>
    private static PyObject? Transfer(PyObject o, int depth)
    {
        if (IsScalar(o)) return o;
        if (depth >= CrossValue.MaxDepth) throw NotShareable.TooDeep();
        var t = o.Type;
        if (t == Types.Tuple)
        {
            if (IsShareable(o, depth)) return o;
            var items = ((PyTuple)o).Items;
            var copy = new PyObject[items.Length];
            for (int i = 0; i < items.Length; i++)
                if ((copy[i] = Transfer(items[i], depth + 1)!) == null) return null;
            return PyTuple.Of(copy);
        }
        if (t == Types.List)
        {
            var src = ((PyList)o).ToArray();
            var copy = new PyObject[src.Length];
            for (int i = 0; i < src.Length; i++)
                if ((copy[i] = Transfer(src[i], depth + 1)!) == null) return null;
            return new PyList(copy);
        }
        if (t == Types.Dict)
        {
            var d = new PyDict();
            foreach (var (k, v) in ((PyDict)o).Pairs())
            {
                if (Transfer(k, depth + 1) is not { } key || Transfer(v, depth + 1) is not { } value) return null;
                d.Set(key, value);
            }
            return d;
        }
        if (t == Types.Set || t == Types.FrozenSet)
        {
            var s = new PySet(t);
            foreach (var k in ((PySet)o).Keys())
            {
                if (Transfer(k, depth + 1) is not { } key) return null;
                s.Add(key);
            }
            return s;
        }
        return Pickled.IsCandidate(o) ? null : throw NotShareable.For(o);
    }

    /// <summary>Converts a Python value for the host (CPython's rules above decide what converts).</summary>
    public static CrossValue ToCross(PyObject o) => ToCross(o, 0);

    private static CrossValue ToCross(PyObject o, int depth)
    {
        if (o == Py.None) return CrossValue.None;
        var t = o.Type;
        if (t == Types.Bool) return CrossValue.From(o == Py.True);
        if (t == Types.Int) return new CrossInt(((PyInt)o).AsBig);
        if (t == Types.Float) return new CrossFloat(((PyFloat)o).V);
        if (t == Types.Str) return new CrossStr(((PyStr)o).Value);
        if (t == Types.Bytes) return new CrossBytes([.. ((PyBytes)o).Span]);
        if (t != Types.Tuple && t != Types.List && t != Types.Dict && t != Types.Set && t != Types.FrozenSet)
            return Pickled.IsCandidate(o) ? Pickled.Dump(o) : throw NotShareable.For(o);
        if (depth >= CrossValue.MaxDepth) throw NotShareable.TooDeep();
        if (t == Types.Dict)
        {
            var pairs = ImmutableArray.CreateBuilder<KeyValuePair<CrossValue, CrossValue>>(((PyDict)o).Count);
            foreach (var (k, v) in ((PyDict)o).Pairs()) pairs.Add(new(ToCross(k, depth + 1), ToCross(v, depth + 1)));
            return new CrossDict(pairs.MoveToImmutable());
        }
        var src = t == Types.Tuple ? ((PyTuple)o).Items : t == Types.List ? ((PyList)o).ToArray() : [.. ((PySet)o).Keys()];
        var items = ImmutableArray.CreateBuilder<CrossValue>(src.Length);
        foreach (var item in src) items.Add(ToCross(item, depth + 1));
        var arr = items.MoveToImmutable();
        return t == Types.Tuple ? new CrossTuple(arr) : t == Types.List ? new CrossList(arr) : new CrossSet(arr, t == Types.FrozenSet);
    }

    /// <summary>Builds the Python value for a host value (fresh containers; shared immutable scalars).</summary>
    public static PyObject FromCross(CrossValue v) => FromCross(v, 0);

    private static PyObject FromCross(CrossValue v, int depth)
    {
        switch (v)
        {
            case CrossNone: return Py.None;
            case CrossBool b: return Py.Bool(b.Value);
            case CrossInt i: return i.IsSmall ? PyInt.From((long)i.Value) : PyInt.From(i.Value);
            case CrossFloat f: return new PyFloat(f.Value);
            case CrossStr s: return PyStr.From(s.Value);
            case CrossBytes b: return b.Value.Length == 0 ? PyBytes.Empty : new PyBytes(b.Value.ToArray());
            case CrossPickled p: return Pickled.Load(p);
        }
        if (depth >= CrossValue.MaxDepth) throw NotShareable.TooDeep();
        switch (v)
        {
            case CrossDict d:
                var dict = new PyDict();
                foreach (var (k, val) in d.Pairs) dict.Set(FromCross(k, depth + 1), FromCross(val, depth + 1));
                return dict;
            case CrossSequence seq:
                var items = new PyObject[seq.Items.Length];
                for (int i = 0; i < items.Length; i++) items[i] = FromCross(seq.Items[i], depth + 1);
                if (seq is CrossTuple) return PyTuple.Of(items);
                if (seq is CrossList) return new PyList(items);
                var set = new PySet(((CrossSet)seq).Frozen ? Types.FrozenSet : Types.Set);
                foreach (var item in items) set.Add(item);
                return set;
            default:
                throw new ArgumentException($"unknown cross-interpreter value {v.GetType().Name}");
        }
    }
}
