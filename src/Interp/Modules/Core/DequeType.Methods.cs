using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>deque's methods, with CPython's names and messages.</summary>
internal static partial class DequeType
{
    private static PyType Create()
    {
        var t = new PyType(Types.Type, "deque", [Types.Object]);
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("collections");
        t.Attrs["__hash__"] = Py.None;
        t.New((cls, a, kw) => new PyDeque(cls));
        t.Method("__init__", (self, a, kw) =>
        {
            var b = ArgCheck.Bind("deque", a, kw, ["iterable", "maxlen"], 0);
            var d = D(self);
            if (b[1] is { } ml && ml != Py.None)
            {
                var m = Ops.Index(ml);
                if (m.Sign < 0) throw PyError.ValueError("maxlen must be non-negative");
                d.MaxLen = m.IsBig || m.V > int.MaxValue ? int.MaxValue : (int)m.V;
            }
            else d.MaxLen = null;
            if (d.Count > 0) d.Clear();
            if (b[0] is { } it) Extend(d, it);
            return Py.None;
        });
        t.Getter("maxlen", self => D(self).MaxLen is { } m ? PyInt.From(m) : Py.None);
        t.Method1("append", (self, x) => { D(self).Append(x); return Py.None; });
        t.Method1("appendleft", (self, x) => { D(self).AppendLeft(x); return Py.None; });
        t.Method0("pop", self => D(self).Pop());
        t.Method0("popleft", self => D(self).PopLeft());
        t.Method1("extend", (self, it) => { Extend(D(self), it); return Py.None; });
        t.Method1("extendleft", (self, it) =>
        {
            var d = D(self);
            foreach (var x in Ops.ToList(it)) d.AppendLeft(x);
            return Py.None;
        });
        t.Method0("clear", self => { D(self).Clear(); return Py.None; });
        t.Method0("copy", self => Copy(D(self)));
        t.Method0("__copy__", self => Copy(D(self)));
        t.Method1("count", (self, x) =>
        {
            var d = D(self);
            long n = 0, v = d.Version;
            for (int i = 0; i < d.Count; i++)
            {
                if (Ops.EqBool(d[i], x)) n++;
                if (d.Version != v) throw PyError.Runtime("deque mutated during iteration");
            }
            return PyInt.From(n);
        });
        t.Method("index", (self, a, kw) =>
        {
            ArgCheck.NoKw("index", kw);
            ArgCheck.Count("index", a, 1, 3);
            var d = D(self);
            int start = a.Length > 1 ? Clamp(d, a[1]) : 0, stop = a.Length > 2 ? Clamp(d, a[2]) : d.Count;
            for (int i = start; i < stop && i < d.Count; i++)
                if (Ops.EqBool(d[i], a[0])) return PyInt.From(i);
            throw PyError.ValueError($"{Ops.ReprString(a[0])} is not in deque");
        });
        t.Method("insert", (self, a, kw) =>
        {
            ArgCheck.NoKw("insert", kw);
            ArgCheck.Count("insert", a, 2, 2);
            var d = D(self);
            if (d.MaxLen is { } m && d.Count >= m) throw PyError.IndexError("deque already at its maximum size");
            var items = d.ToList();
            items.Insert(Clamp(d, a[0]), a[1]);
            d.SetAll(items);
            return Py.None;
        });
        t.Method1("remove", (self, x) =>
        {
            var d = D(self);
            for (int i = 0; i < d.Count; i++)
                if (Ops.EqBool(d[i], x))
                {
                    var items = d.ToList();
                    items.RemoveAt(i);
                    d.SetAll(items);
                    return Py.None;
                }
            throw PyError.ValueError($"{Ops.ReprString(x)} is not in deque");
        });
        t.Method0("reverse", self =>
        {
            var d = D(self);
            var items = d.ToList();
            items.Reverse();
            d.SetAll(items);
            return Py.None;
        });
        t.Method("rotate", (self, a, kw) =>
        {
            ArgCheck.NoKw("rotate", kw);
            ArgCheck.Count("rotate", a, 0, 1);
            var d = D(self);
            long n = a.Length > 0 ? Ops.Index(a[0]).V : 1;
            if (d.Count <= 1) return Py.None;
            n %= d.Count;
            if (n < 0) n += d.Count;
            for (long i = 0; i < n; i++) d.AppendLeft(d.Pop());
            return Py.None;
        });
        t.Method0("__len__", self => PyInt.From(D(self).Count));
        t.Method0("__bool__", self => Py.Bool(D(self).Count > 0));
        t.Method0("__iter__", self => new PyDequeIterator(D(self), false));
        t.Method0("__reversed__", self => new PyDequeIterator(D(self), true));
        t.Method1("__getitem__", (self, i) => { var d = D(self); return d[IndexArg(d, i)]; });
        t.Method("__setitem__", (self, a, kw) => { var d = D(self); d[IndexArg(d, a[0])] = a[1]; return Py.None; });
        t.Method1("__delitem__", (self, i) =>
        {
            var d = D(self);
            var items = d.ToList();
            items.RemoveAt(IndexArg(d, i));
            d.SetAll(items);
            return Py.None;
        });
        t.Method1("__contains__", (self, x) =>
        {
            var d = D(self);
            for (int i = 0; i < d.Count; i++) if (Ops.EqBool(d[i], x)) return Py.True;
            return Py.False;
        });
        t.Method0("__repr__", self => PyStr.From(Repr(D(self))));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt),
                     ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            t.Binary(name, (a, b) => b is PyDeque db
                ? Ops.RichCompare(new PyList([.. D(a).ToList()]), new PyList([.. db.ToList()]), op)
                : Py.NotImplemented);
        t.Binary("__add__", (a, b) =>
        {
            if (b is not PyDeque db) throw PyError.TypeError($"can only concatenate deque (not \"{b.Type.Name}\") to deque");
            var r = Copy(D(a));
            foreach (var x in db.ToList()) r.Append(x);
            return r;
        });
        t.Binary("__iadd__", (a, b) => { Extend(D(a), b); return a; });
        t.Binary("__mul__", (a, b) => Repeat(Copy(D(a)), b));
        t.Binary("__rmul__", (a, b) => Repeat(Copy(D(a)), b));
        t.Binary("__imul__", (a, b) => Repeat(D(a), b));
        t.Method0("__reduce__", self =>
        {
            var d = D(self);
            return PyTuple.Of(d.Type, PyTuple.Of(new PyList([.. d.ToList()]), d.MaxLen is { } m ? PyInt.From(m) : Py.None));
        });
        t.ClassMethod("__class_getitem__", (cls, a, kw) => new PyGenericAlias(cls, a[0]));
        t.IsImmutable = true;
        return t;
    }

    private static void Extend(PyDeque d, PyObject iterable)
    {
        if (iterable == d)
        {
            foreach (var x in d.ToList()) d.Append(x);
            return;
        }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x) d.Append(x);
    }

    private static PyDeque Copy(PyDeque d)
    {
        var r = new PyDeque(d.Type) { MaxLen = d.MaxLen };
        for (int i = 0; i < d.Count; i++) r.Append(d[i]);
        return r;
    }

    private static PyObject Repeat(PyDeque d, PyObject n)
    {
        if (n is not PyInt) return Py.NotImplemented;
        long times = Ops.Index(n).V;
        var items = d.ToList();
        d.Clear();
        for (long k = 0; k < times; k++) foreach (var x in items) d.Append(x);
        return d;
    }

    private static int Clamp(PyDeque d, PyObject i)
    {
        long v = Ops.Index(i).V;
        if (v < 0) v = Math.Max(0, v + d.Count);
        return (int)Math.Min(v, d.Count);
    }
}
