using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class ListMethods
{
    private static PyList L(PyObject o) => (PyList)o;

    public static PyObject[] Repeat(ReadOnlySpan<PyObject> items, PyInt n)
    {
        long k = n.IsBig ? (n.Sign < 0 ? 0 : throw PyError.MemoryError()) : n.V;
        if (k <= 0 || items.Length == 0) return [];
        if (k * items.Length > int.MaxValue / 4) throw PyError.MemoryError();
        Hosting.Allocation.Reserve(8L * items.Length * k);
        var r = new PyObject[items.Length * k];
        for (long i = 0; i < k; i++) items.CopyTo(r.AsSpan((int)(i * items.Length)));
        return r;
    }

    /// <summary>A repeat count: an int or anything with __index__ (null means NotImplemented).</summary>
    public static PyInt? AsCount(PyObject o) => o is PyInt i ? i : o.Type.Lookup("__index__") != null ? Ops.Index(o) : null;

    public static void Extend(PyList l, PyObject it)
    {
        if (it is PyList src) { foreach (var x in src.ToArray()) l.Append(x); return; }
        foreach (var x in Ops.ToList(it)) l.Append(x);
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) => new PyList(cls));
        t.Method("__init__", (self, args, kw) =>
        {
            ArgCheck.NoKw("list", kw);
            ArgCheck.Count("list", args, 0, 1);
            var l = L(self);
            l.Items = []; l.Count = 0;
            if (args.Length == 1) Extend(l, args[0]);
            return Py.None;
        });
        t.Method0("__repr__", self => PyStr.From(Seq.ReprGuard(self, "[...]", () => "[" + Seq.JoinRepr(L(self).Span) + "]")));
        t.Method0("__len__", self => PyInt.From(L(self).Count));
        t.Const("__hash__", Py.None);
        t.Method0("__iter__", self => new PyListIterator(L(self)));
        t.Method1("__contains__", (self, x) => Py.Bool(Seq.Count(L(self).Span, x) > 0));
        t.Method1("__getitem__", (self, key) => key is PySlice sl ? new PyList(Seq.Slice(L(self).Span, sl)) : L(self).Items[Seq.Index(L(self).Span, key, "list")]);
        t.Method("__setitem__", (self, args, kw) =>
        {
            var l = L(self);
            if (args[0] is PySlice sl)
            {
                var (start, stop, step, count) = sl.Indices(l.Count);
                if (args[1].Type.Lookup("__iter__") == null && args[1].Type.Lookup("__getitem__") == null)
                    throw PyError.TypeError("must assign iterable to extended slice");
                var vals = ReferenceEquals(args[1], self) ? l.ToArray() : Ops.ToArray(args[1]);
                if (step == 1)
                {
                    if (stop < start) stop = start;
                    var rest = l.Items.AsSpan((int)stop, l.Count - (int)stop).ToArray();
                    var head = l.Items.AsSpan(0, (int)start).ToArray();
                    l.Items = [.. head, .. vals, .. rest];
                    l.Count = l.Items.Length;
                    return Py.None;
                }
                if (vals.Length != count)
                    throw PyError.ValueError($"attempt to assign sequence of size {vals.Length} to extended slice of size {count}");
                for (long i = 0, j = start; i < count; i++, j += step) l.Items[j] = vals[i];
                return Py.None;
            }
            long idx = Ops.SequenceIndex(args[0], "list");
            if (idx < 0) idx += l.Count;
            if ((ulong)idx >= (ulong)l.Count) throw PyError.IndexError("list assignment index out of range");
            l.Items[idx] = args[1];
            return Py.None;
        });
        t.Method1("__delitem__", (self, key) =>
        {
            var l = L(self);
            if (key is PySlice sl)
            {
                var (start, _, step, count) = sl.Indices(l.Count);
                var del = new HashSet<long>();
                for (long i = 0, j = start; i < count; i++, j += step) del.Add(j);
                var keep = new List<PyObject>();
                for (int i = 0; i < l.Count; i++) if (!del.Contains(i)) keep.Add(l.Items[i]);
                l.Items = [.. keep]; l.Count = keep.Count;
                return Py.None;
            }
            long idx = Ops.SequenceIndex(key, "list");
            if (idx < 0) idx += l.Count;
            if ((ulong)idx >= (ulong)l.Count) throw PyError.IndexError("list assignment index out of range");
            l.RemoveAt((int)idx);
            return Py.None;
        });
        t.Binary("__add__", (a, b) => b is PyList lb ? new PyList([.. L(a).Span, .. lb.Span])
            : throw PyError.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list"));
        t.Binary("__iadd__", (a, b) => { Extend(L(a), b); return a; });
        t.Binary("__mul__", (a, b) => AsCount(b) is { } n ? new PyList(Repeat(L(a).Span, n)) : Py.NotImplemented);
        t.Binary("__rmul__", (a, b) => AsCount(b) is { } n ? new PyList(Repeat(L(a).Span, n)) : Py.NotImplemented);
        t.Binary("__imul__", (a, b) =>
        {
            if (AsCount(b) is not { } n) return Py.NotImplemented;
            var r = Repeat(L(a).Span, n);
            L(a).Items = r; L(a).Count = r.Length;
            return a;
        });
        Seq.CompareMethods(t, o => o is PyList ll ? ll.ToArray() : null);
        t.Method1("append", (self, x) => { L(self).Append(x); return Py.None; });
        t.Method1("extend", (self, x) => { Extend(L(self), x); return Py.None; });
        t.Method("insert", (self, args, kw) =>
        {
            ArgCheck.Count("insert", args, 2, 2);
            var l = L(self);
            long i = Ops.Index(args[0]).V;
            if (i < 0) i = Math.Max(0, i + l.Count);
            if (i > l.Count) i = l.Count;
            l.Insert((int)i, args[1]);
            return Py.None;
        });
        t.Method("pop", (self, args, kw) =>
        {
            var l = L(self);
            if (l.Count == 0) throw PyError.IndexError("pop from empty list");
            long i = args.Length > 0 ? Ops.Index(args[0]).V : l.Count - 1;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyError.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        t.Method1("remove", (self, x) =>
        {
            var l = L(self);
            for (int i = 0; i < l.Count; i++)
                if (ReferenceEquals(l.Items[i], x) || Ops.EqBool(l.Items[i], x)) { l.RemoveAt(i); return Py.None; }
            throw PyError.ValueError("list.remove(x): x not in list");
        });
        t.Method("index", (self, args, kw) =>
        {
            ArgCheck.NoKw("index", kw);
            ArgCheck.Count("index", args, 1, 3);
            var l = L(self);
            var (start, stop) = Seq.IndexWindow(l.Count, args);
            // The list may shrink while __eq__ runs.
            for (int i = start; i < Math.Min(stop, l.Count); i++)
                if (ReferenceEquals(l.Items[i], args[0]) || Ops.EqBool(l.Items[i], args[0])) return PyInt.From(i);
            throw PyError.ValueError($"{Ops.ReprString(args[0])} is not in list");
        });
        t.Method1("count", (self, x) => PyInt.From(Seq.Count(L(self).Span, x)));
        // Clearing an empty list changes nothing (so a sort in progress does not see a modification).
        t.Method0("clear", self => { if (L(self).Count > 0) { L(self).Items = []; L(self).Count = 0; } return Py.None; });
        t.Method0("copy", self => new PyList(L(self).ToArray()));
        t.Method0("reverse", self => { Array.Reverse(L(self).Items, 0, L(self).Count); return Py.None; });
        t.Method("sort", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("sort", args, kw, ["key", "reverse"], 0, kwOnlyFrom: 0);
            ListSort.Sort(L(self), a[0] is { } k && k != Py.None ? k : null, a[1] != null && Ops.IsTrue(a[1]!));
            return Py.None;
        });
        t.ClassMethod("__class_getitem__", (cls, args, kw) => new PyGenericAlias(cls, args[0]));
    }
}
