using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>Helpers shared by list and tuple: repr with recursion guard, comparison, index/count.</summary>
internal static class Seq
{
    [ThreadStatic] private static HashSet<PyObject>? _reprActive;

    /// <summary>Runs a container repr, printing `...` for a container already being printed.</summary>
    public static string ReprGuard(PyObject self, string recursive, Func<string> body)
    {
        _reprActive ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!_reprActive.Add(self)) return recursive;
        try { return body(); }
        finally { _reprActive.Remove(self); }
    }

    /// <summary>
    /// The optional start/stop of list.index and tuple.index, clamped to 0..len. Unlike slices,
    /// None is refused (CPython's _PyEval_SliceIndexNotNone, with its message).
    /// </summary>
    public static (int Start, int Stop) IndexWindow(int len, ReadOnlySpan<PyObject> args)
    {
        static long Bound(PyObject o, int len)
        {
            if (o is not PyInt && o.Type.Lookup("__index__") == null)
                throw PyError.TypeError("slice indices must be integers or have an __index__ method");
            long i = Ops.IndexClamped(o);
            return i < 0 ? Math.Max(0, i + len) : Math.Min(i, len);
        }
        long start = args.Length > 1 ? Bound(args[1], len) : 0;
        long stop = args.Length > 2 ? Bound(args[2], len) : len;
        return ((int)start, (int)stop);
    }

    public static string JoinRepr(ReadOnlySpan<PyObject> items)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.ReprString(items[i]));
        }
        return sb.ToString();
    }

    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length) return Py.Bool(op == CompareOp.Ne);
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i]) || Ops.EqBool(a[i], b[i])) continue;
            if (op == CompareOp.Eq) return Py.False;
            if (op == CompareOp.Ne) return Py.True;
            return Ops.RichCompare(a[i], b[i], op);
        }
        return Py.Bool(Ops.CompareResult(a.Length.CompareTo(b.Length), op));
    }

    public static long Count(ReadOnlySpan<PyObject> items, PyObject x)
    {
        long n = 0;
        foreach (var o in items) if (ReferenceEquals(o, x) || Ops.EqBool(o, x)) n++;
        return n;
    }

    public static void CompareMethods(PyType t, Func<PyObject, PyObject[]?> items)
    {
        string[] cmp = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
        for (int i = 0; i < cmp.Length; i++)
        {
            var op = (CompareOp)i;
            t.Binary(cmp[i], (a, b) =>
            {
                var ib = b.Type.IsSubtypeOf(t) ? items(b) : null;
                if (ib == null) return Py.NotImplemented;
                return Compare(items(a)!, ib, op);
            });
        }
    }

    public static PyObject[] Slice(ReadOnlySpan<PyObject> items, PySlice sl)
    {
        var (start, _, step, count) = sl.Indices(items.Length);
        var r = new PyObject[count];
        for (long i = 0, j = start; i < count; i++, j += step) r[i] = items[(int)j];
        return r;
    }

    public static long Index(ReadOnlySpan<PyObject> items, PyObject key, string what)
    {
        long idx = Ops.SequenceIndex(key, what);
        if (idx < 0) idx += items.Length;
        if ((ulong)idx >= (ulong)items.Length) throw PyError.IndexError($"{what} index out of range");
        return idx;
    }
}

public static class TupleMethods
{
    private static PyObject[] I(PyObject o) => ((PyTuple)o).Items;

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("tuple", kw);
            ArgCheck.Count("tuple", args, 0, 1);
            var items = args.Length == 0 ? [] : Ops.ToArray(args[0]);
            if (cls == Types.Tuple) return args.Length == 1 && args[0].Type == Types.Tuple ? args[0] : PyTuple.Of(items);
            return new PyTuple(cls, items);
        });
        t.Method0("__repr__", self => PyStr.From(I(self).Length == 1
            ? "(" + Ops.ReprString(I(self)[0]) + ",)"
            : Seq.ReprGuard(self, "(...)", () => "(" + Seq.JoinRepr(I(self)) + ")")));
        t.Method0("__len__", self => PyInt.From(I(self).Length));
        t.Method0("__hash__", self =>
        {
            // CPython's xxHash-based tuple hash.
            const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
            ulong acc = P5;
            foreach (var x in I(self))
            {
                ulong lane = (ulong)Ops.Hash(x);
                acc += lane * P2;
                acc = (acc << 31) | (acc >> 33);
                acc *= P1;
            }
            acc += (ulong)I(self).Length ^ (P5 ^ 3527539UL);
            long h = (long)acc;
            return PyInt.From(h == -1 ? 1546275796 : h);
        });
        t.Method0("__iter__", self => new PyArrayIterator(Types.TupleIterator, I(self)));
        t.Method1("__contains__", (self, x) => Py.Bool(Seq.Count(I(self), x) > 0));
        t.Method1("__getitem__", (self, key) =>
        {
            if (key is not PySlice sl) return I(self)[Seq.Index(I(self), key, "tuple")];
            var items = Seq.Slice(I(self), sl);
            // A full forward slice of an exact tuple is the tuple itself, as in CPython.
            return items.Length == I(self).Length && self.Type == Types.Tuple && sl.Indices(items.Length).step == 1 ? self : PyTuple.Of(items);
        });
        t.Binary("__add__", (a, b) => b is PyTuple tb ? PyTuple.Of([.. I(a), .. tb.Items])
            : throw PyError.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple"));
        t.Binary("__mul__", (a, b) => ListMethods.AsCount(b) is { } n ? PyTuple.Of(ListMethods.Repeat(I(a), n)) : Py.NotImplemented);
        t.Binary("__rmul__", (a, b) => ListMethods.AsCount(b) is { } n ? PyTuple.Of(ListMethods.Repeat(I(a), n)) : Py.NotImplemented);
        Seq.CompareMethods(t, o => o is PyTuple tt ? tt.Items : null);
        t.Method1("count", (self, x) => PyInt.From(Seq.Count(I(self), x)));
        t.Method("index", (self, args, kw) =>
        {
            ArgCheck.NoKw("index", kw);
            ArgCheck.Count("index", args, 1, 3);
            var items = I(self);
            var (start, end) = Seq.IndexWindow(items.Length, args);
            for (int i = start; i < end; i++)
                if (ReferenceEquals(items[i], args[0]) || Ops.EqBool(items[i], args[0])) return PyInt.From(i);
            throw PyError.ValueError("tuple.index(x): x not in tuple");
        });
        t.ClassMethod("__class_getitem__", (cls, args, kw) => new PyGenericAlias(cls, args[0]));
    }
}
