using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class DictMethods
{
    private static PyDict D(PyObject o) => (PyDict)o;

    /// <summary>dict.update semantics: a mapping (keys()) or an iterable of pairs.</summary>
    public static void Update(PyDict d, PyObject src)
    {
        if (src is PyDict sd)
        {
            foreach (var kv in sd.Pairs()) d.Set(kv.Key, kv.Value);
            return;
        }
        var keys = Ops.GetAttrOrNull(src, "keys");
        if (keys != null)
        {
            foreach (var k in Ops.ToList(Ops.Call(keys))) d.Set(k, Ops.GetItem(src, k));
            return;
        }
        int i = 0;
        foreach (var item in Ops.ToList(src))
        {
            if (item.Type.Lookup("__iter__") == null && item.Type.Lookup("__getitem__") == null)
                throw PyError.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
            var pair = Ops.ToList(item);
            if (pair.Count != 2)
                throw PyError.ValueError($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
            d.Set(pair[0], pair[1]);
            i++;
        }
    }

    private static void UpdateWithKw(PyDict d, ReadOnlySpan<PyObject> args, string[]? kw, string fname)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > 1) throw PyError.TypeError($"{fname} expected at most 1 argument, got {npos}");
        if (npos == 1) Update(d, args[0]);
        for (int i = 0; i < nkw; i++) d.Set(kw![i], args[npos + i]);
    }

    public static PyObject GetItem(PyDict d, PyObject key)
    {
        var v = d.Get(key);
        if (v != null) return v;
        if (d.Type != Types.Dict)
        {
            var missing = d.Type.Lookup("__missing__");
            if (missing != null) return Ops.CallDescriptor(missing, d, [key]);
        }
        throw PyError.KeyError(key);
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) => new PyDict(cls));
        t.Method("__init__", (self, args, kw) => { UpdateWithKw(D(self), args, kw, "dict"); return Py.None; });
        t.Method0("__repr__", self => PyStr.From(Seq.ReprGuard(self, "{...}", () =>
        {
            var sb = new StringBuilder("{");
            bool first = true;
            foreach (var kv in D(self).Pairs())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.ReprString(kv.Key)).Append(": ").Append(Ops.ReprString(kv.Value));
            }
            return sb.Append('}').ToString();
        })));
        t.Method0("__len__", self => PyInt.From(D(self).Count));
        t.Const("__hash__", Py.None);
        t.Method1("__getitem__", (self, key) => GetItem(D(self), key));
        t.Method("__setitem__", (self, args, kw) => { ArgCheck.Count("__setitem__", args, 2, 2); D(self).Set(args[0], args[1]); return Py.None; });
        t.Method1("__delitem__", (self, key) => D(self).Remove(key) != null ? Py.None : throw PyError.KeyError(key));
        t.Method1("__contains__", (self, key) => Py.Bool(D(self).Table.Contains(key)));
        t.Method0("__iter__", self => new PyDictIterator(Types.DictKeyIterator, D(self).Table, 0));
        t.Binary("__eq__", (a, b) => b is PyDict db ? Py.Bool(Equal(D(a), db)) : Py.NotImplemented);
        t.Binary("__ne__", (a, b) => b is PyDict db ? Py.Bool(!Equal(D(a), db)) : Py.NotImplemented);
        t.Binary("__or__", (a, b) =>
        {
            if (b is not PyDict db) return Py.NotImplemented;
            var r = new PyDict(D(a).Table.Copy());
            Update(r, db);
            return r;
        });
        t.Binary("__ror__", (a, b) =>
        {
            if (b is not PyDict db) return Py.NotImplemented;
            var r = new PyDict(db.Table.Copy());
            Update(r, D(a));
            return r;
        });
        t.Binary("__ior__", (a, b) => { Update(D(a), b); return a; });
        t.Method("get", (self, args, kw) =>
        {
            ArgCheck.NoKw("get", kw);
            ArgCheck.Count("get", args, 1, 2);
            return D(self).Get(args[0]) ?? (args.Length > 1 ? args[1] : Py.None);
        });
        t.Method("setdefault", (self, args, kw) =>
        {
            ArgCheck.Count("setdefault", args, 1, 2);
            return D(self).Table.SetDefault(args[0], args.Length > 1 ? args[1] : Py.None);
        });
        t.Method("pop", (self, args, kw) =>
        {
            ArgCheck.Count("pop", args, 1, 2);
            return D(self).Remove(args[0]) ?? (args.Length > 1 ? args[1] : throw PyError.KeyError(args[0]));
        });
        t.Method0("popitem", self =>
        {
            var tb = D(self).Table;
            int i = tb.LastIndex();
            if (i < 0) throw PyError.KeyError(PyStr.From("popitem(): dictionary is empty"));
            var k = tb.KeyAt(i)!;
            var v = tb.RemoveAt(i);
            return PyTuple.Of(k, v);
        });
        t.Method("update", (self, args, kw) => { UpdateWithKw(D(self), args, kw, "update"); return Py.None; });
        t.Method0("clear", self => { D(self).Table.Clear(); return Py.None; });
        t.Method0("copy", self => new PyDict(D(self).Table.Copy()));
        t.Method0("keys", self => new PyDictView(Types.DictKeys, D(self)));
        t.Method0("values", self => new PyDictView(Types.DictValues, D(self)));
        t.Method0("items", self => new PyDictView(Types.DictItems, D(self)));
        t.ClassMethod("fromkeys", (cls, args, kw) =>
        {
            ArgCheck.Count("fromkeys", args, 1, 2);
            var d = (PyDict)Ops.Call(cls);
            var v = args.Length > 1 ? args[1] : Py.None;
            foreach (var k in Ops.ToList(args[0])) Ops.SetItem(d, k, v);
            return d;
        });
        t.Method0("__reversed__", self => new PyDictIterator(Types.DictReverseKeyIterator, D(self).Table, 0, reverse: true));
        t.ClassMethod("__class_getitem__", (cls, args, kw) => new PyGenericAlias(cls, args[0]));
    }

    private static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var kv in a.Pairs())
        {
            var v = b.Get(kv.Key);
            if (v == null || !(ReferenceEquals(v, kv.Value) || Ops.EqBool(kv.Value, v))) return false;
        }
        return true;
    }
}

/// <summary>dict.keys()/values()/items(): live views.</summary>
public sealed class PyDictView(PyType type, PyDict dict) : PyObject(type)
{
    public readonly PyDict Mapping = dict;
}

public static class DictViewMethods
{
    public static void Register()
    {
        Reg(Types.DictKeys, 0, "dict_keys");
        Reg(Types.DictValues, 1, "dict_values");
        Reg(Types.DictItems, 2, "dict_items");
    }

    private static void Reg(PyType t, int kind, string name)
    {
        var iterType = kind switch { 0 => Types.DictKeyIterator, 1 => Types.DictValueIterator, _ => Types.DictItemIterator };
        t.Method0("__iter__", self => new PyDictIterator(iterType, ((PyDictView)self).Mapping.Table, kind));
        t.Method0("__len__", self => PyInt.From(((PyDictView)self).Mapping.Count));
        t.Method0("__repr__", self => PyStr.From(Seq.ReprGuard(self, "...", () =>
            $"{name}([{Seq.JoinRepr(Ops.ToArray(Ops.Call(Ops.GetAttr(self, "__iter__"))))}])")));
        var reverseType = kind switch
        {
            0 => Types.DictReverseKeyIterator, 1 => Types.DictReverseValueIterator, _ => Types.DictReverseItemIterator,
        };
        t.Method0("__reversed__", self => new PyDictIterator(reverseType, ((PyDictView)self).Mapping.Table, kind, reverse: true));
        if (kind == 1) return;
        t.Const("__hash__", Py.None);   // set-like views compare by value, so they are unhashable
        t.Method1("__contains__", (self, x) =>
        {
            var d = ((PyDictView)self).Mapping;
            if (kind == 0) return Py.Bool(d.Table.Contains(x));
            if (x is not PyTuple tp || tp.Items.Length != 2) return Py.False;
            var v = d.Get(tp.Items[0]);
            return Py.Bool(v != null && (ReferenceEquals(v, tp.Items[1]) || Ops.EqBool(v, tp.Items[1])));
        });
        // Keys and items views are set-like.
        PyObject AsSet(PyObject v) { var s = new PySet(Types.Set); s.Update(v); return s; }
        foreach (var op in new[] { "__and__", "__or__", "__xor__", "__sub__" })
        {
            string o = op;
            t.Binary(o, (a, b) => Ops.CallDescriptor(Types.Set.Lookup(o)!, AsSet(a), [AsSet(b)]));
        }
        // Set-like comparisons by membership, as collections.abc.Set does (values may be unhashable).
        static bool SubsetOf(PyObject a, PyObject b)
        {
            var it = Ops.GetIter(a);
            while (Ops.Next(it) is { } x) if (!Ops.Contains(b, x)) return false;
            return true;
        }
        static bool SetLike(PyObject o) => o is PyDictView v && v.Type != Types.DictValues || o is PySet;
        t.Binary("__eq__", (a, b) => SetLike(b) ? Py.Bool(Ops.Len(a) == Ops.Len(b) && SubsetOf(a, b)) : Py.NotImplemented);
        t.Binary("__ne__", (a, b) => SetLike(b) ? Py.Bool(!(Ops.Len(a) == Ops.Len(b) && SubsetOf(a, b))) : Py.NotImplemented);
        t.Binary("__le__", (a, b) => SetLike(b) ? Py.Bool(Ops.Len(a) <= Ops.Len(b) && SubsetOf(a, b)) : Py.NotImplemented);
        t.Binary("__lt__", (a, b) => SetLike(b) ? Py.Bool(Ops.Len(a) < Ops.Len(b) && SubsetOf(a, b)) : Py.NotImplemented);
        t.Binary("__ge__", (a, b) => SetLike(b) ? Py.Bool(Ops.Len(a) >= Ops.Len(b) && SubsetOf(b, a)) : Py.NotImplemented);
        t.Binary("__gt__", (a, b) => SetLike(b) ? Py.Bool(Ops.Len(a) > Ops.Len(b) && SubsetOf(b, a)) : Py.NotImplemented);
        t.Getter("mapping", self => new PyMappingProxy(((PyDictView)self).Mapping));
        t.Method1("isdisjoint", (self, other) => Py.Bool(((PySet)Ops.CallDescriptor(Types.Set.Lookup("__and__")!, AsSet(self), [AsSet(other)])).Count == 0));
    }
}
