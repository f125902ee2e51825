using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>Iterates a set in table order, raising if the set changes size meanwhile.</summary>
public sealed class PySetIterator(SetTable table) : PyIteratorBase(Types.SetIterator)
{
    private int _i;
    private readonly int _count = table.Count;
    public override PyObject? Next()
    {
        if (table.Count != _count) throw PyError.Runtime("Set changed size during iteration");
        while (_i < table.End)
            if (table.KeyAt(_i++) is { } k) return k;
        return null;
    }
}

/// <summary>set and frozenset. Operations build their results in CPython's order (it shows when printed).</summary>
public static class SetMethods
{
    private static PySet S(PyObject o) => (PySet)o;

    /// <summary>A new set of the base type of `like` (set or frozenset), as CPython's make_new_set_basetype.</summary>
    private static PySet NewLike(PyObject like) => new(like.Type.IsSubtypeOf(Types.FrozenSet) ? Types.FrozenSet : Types.Set);

    private static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet(Types.Set);
        r.Update(o);
        return r;
    }

    private static bool IsSetLike(PyObject o) => o is PySet;

    public static PySet Copy(PyObject so)
    {
        var r = NewLike(so);
        r.Table.Merge(S(so).Table);
        return r;
    }

    public static PySet Union(PyObject so, ReadOnlySpan<PyObject> others)
    {
        var r = Copy(so);
        foreach (var o in others) r.Update(o);
        return r;
    }

    public static PySet Intersection(PyObject so, PyObject other)
    {
        var result = NewLike(so);
        if (other is PySet os)
        {
            var a = S(so).Table; var b = os.Table;
            if (b.Count > a.Count) (a, b) = (b, a);
            // Iterate the smaller set, test membership in the larger.
            for (int i = 0; i < b.End; i++)
                if (b.KeyAt(i) is { } k && a.Contains(k)) result.Table.Add(k, b.HashAt(i));
            return result;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it) is { } x)
            if (S(so).Table.Contains(x)) result.Table.Add(x);
        return result;
    }

    public static PySet Difference(PyObject so, PyObject other)
    {
        var t = S(so).Table;
        int otherSize = other is PySet os ? os.Count : other is PyDict od ? od.Count : -1;
        if (otherSize < 0 || (t.Count >> 2) > otherSize)
        {
            var r = Copy(so);
            var it = Ops.GetIter(other);
            while (Ops.Next(it) is { } x) r.Table.Remove(x);
            return r;
        }
        var result = NewLike(so);
        for (int i = 0; i < t.End; i++)
        {
            if (t.KeyAt(i) is not { } k) continue;
            bool inOther = other is PySet o2 ? o2.Contains(k) : ((PyDict)other).Table.Contains(k);
            if (!inOther) result.Table.Add(k, t.HashAt(i));
        }
        return result;
    }

    public static void SymmetricDifferenceUpdate(PySet so, PyObject other)
    {
        var o = other is PySet ps ? ps : ToSet(other);
        if (ReferenceEquals(o, so)) { so.Table.Clear(); return; }
        var t = o.Table;
        for (int i = 0; i < t.End; i++)
        {
            if (t.KeyAt(i) is not { } k) continue;
            if (!so.Table.Remove(k)) so.Table.Add(k, t.HashAt(i));
        }
    }

    public static PySet SymmetricDifference(PyObject so, PyObject other)
    {
        var result = NewLike(so);
        result.Update(other);
        SymmetricDifferenceUpdate(result, so);
        return result;
    }

    private static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        for (int i = 0; i < a.Table.End; i++)
            if (a.Table.KeyAt(i) is { } k && !b.Contains(k)) return false;
        return true;
    }

    public static void Register(PyType set, PyType frozen)
    {
        set.New((cls, args, kw) => new PySet(cls));
        set.Method("__init__", (self, args, kw) =>
        {
            if (kw != null && kw.Length > 0 && self.Type == Types.Set) ArgCheck.NoKw("set", kw);
            ArgCheck.Count("set", args, 0, 1);
            S(self).Table.Clear();
            if (args.Length == 1) S(self).Update(args[0]);
            return Py.None;
        });
        frozen.New((cls, args, kw) =>
        {
            if (cls == Types.FrozenSet) ArgCheck.NoKw("frozenset", kw);
            ArgCheck.Count("frozenset", args, 0, 1);
            if (cls == Types.FrozenSet && args.Length == 1 && args[0].Type == Types.FrozenSet) return args[0];
            var s = new PySet(cls);
            if (args.Length == 1) s.Update(args[0]);
            return s;
        });
        foreach (var t in new[] { set, frozen })
        {
            bool isFrozen = t == frozen;
            t.Method0("__repr__", self => PyStr.From(Seq.ReprGuard(self, $"{self.Type.Name}(...)", () =>
            {
                var keys = S(self).Keys();
                string name = self.Type.Name;
                if (keys.Count == 0) return name + "()";
                var inner = "{" + Seq.JoinRepr(keys.ToArray()) + "}";
                return self.Type == Types.Set ? inner : $"{name}({inner})";
            })));
            t.Method0("__len__", self => PyInt.From(S(self).Count));
            t.Method1("__contains__", (self, x) =>
            {
                try { return Py.Bool(S(self).Contains(x)); }
                catch (PyError e) when (x is PySet && e.Exc.Type == Types.TypeError)
                {
                    // A set looked up in a set is tried as the equal frozenset.
                    var fs = new PySet(Types.FrozenSet);
                    fs.Update(x);
                    return Py.Bool(S(self).Contains(fs));
                }
            });
            t.Method0("__iter__", self => new PySetIterator(S(self).Table));
            if (isFrozen)
                t.Method0("__hash__", self => PyInt.From(FrozenHash(S(self))));
            else t.Const("__hash__", Py.None);
            t.Binary("__or__", (a, b) => IsSetLike(b) ? Union(a, [b]) : Py.NotImplemented);
            t.Binary("__ror__", (a, b) => IsSetLike(b) ? Union(b, [a]) : Py.NotImplemented);
            t.Binary("__and__", (a, b) => IsSetLike(b) ? Intersection(a, b) : Py.NotImplemented);
            t.Binary("__rand__", (a, b) => IsSetLike(b) ? Intersection(b, a) : Py.NotImplemented);
            t.Binary("__sub__", (a, b) => IsSetLike(b) ? Difference(a, b) : Py.NotImplemented);
            t.Binary("__rsub__", (a, b) => IsSetLike(b) ? Difference(b, a) : Py.NotImplemented);
            t.Binary("__xor__", (a, b) => IsSetLike(b) ? SymmetricDifference(a, b) : Py.NotImplemented);
            t.Binary("__rxor__", (a, b) => IsSetLike(b) ? SymmetricDifference(b, a) : Py.NotImplemented);
            t.Binary("__eq__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count == sb.Count && IsSubset(S(a), sb)) : Py.NotImplemented);
            t.Binary("__ne__", (a, b) => b is PySet sb ? Py.Bool(!(S(a).Count == sb.Count && IsSubset(S(a), sb))) : Py.NotImplemented);
            t.Binary("__le__", (a, b) => b is PySet sb ? Py.Bool(IsSubset(S(a), sb)) : Py.NotImplemented);
            t.Binary("__lt__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count < sb.Count && IsSubset(S(a), sb)) : Py.NotImplemented);
            t.Binary("__ge__", (a, b) => b is PySet sb ? Py.Bool(IsSubset(sb, S(a))) : Py.NotImplemented);
            t.Binary("__gt__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count > sb.Count && IsSubset(sb, S(a))) : Py.NotImplemented);
            t.Method("union", (self, args, kw) => { ArgCheck.NoKw($"{t.Name}.union", kw); return Union(self, args); });
            t.Method("intersection", (self, args, kw) =>
            {
                ArgCheck.NoKw($"{t.Name}.intersection", kw);
                if (args.Length == 0) return Copy(self);
                PyObject r = self;
                foreach (var a in args) r = Intersection(r, a);
                return r;
            });
            t.Method("difference", (self, args, kw) =>
            {
                ArgCheck.NoKw($"{t.Name}.difference", kw);
                if (args.Length == 0) return Copy(self);
                PyObject r = self;
                foreach (var a in args) r = Difference(r, a);
                return r;
            });
            t.Method1("symmetric_difference", (self, other) => SymmetricDifference(self, other));
            t.Method1("issubset", (self, other) => Py.Bool(IsSubset(S(self), ToSet(other))));
            t.Method1("issuperset", (self, other) => Py.Bool(IsSubset(ToSet(other), S(self))));
            t.Method1("isdisjoint", (self, other) =>
            {
                var it = Ops.GetIter(other);
                while (Ops.Next(it) is { } x) if (S(self).Contains(x)) return Py.False;
                return Py.True;
            });
            t.Method0("copy", self => isFrozen && self.Type == Types.FrozenSet ? self : Copy(self));
            t.Method0("__reduce__", self => PyTuple.Of(self.Type, PyTuple.Of(new PyList(S(self).Keys().ToArray()))));
            t.ClassMethod("__class_getitem__", (cls, args, kw) => new PyGenericAlias(cls, args[0]));
        }
        set.Method1("add", (self, x) => { S(self).Add(x); return Py.None; });
        set.Method1("remove", (self, x) => S(self).Table.Remove(x) ? Py.None : throw PyError.KeyError(x));
        set.Method1("discard", (self, x) => { S(self).Table.Remove(x); return Py.None; });
        set.Method0("pop", self =>
        {
            var tb = S(self).Table;
            for (int i = 0; i < tb.End; i++)
                if (tb.KeyAt(i) is { } k) { tb.RemoveAt(i); return k; }
            throw PyError.KeyError(PyStr.From("pop from an empty set"));
        });
        set.Method0("clear", self => { S(self).Table.Clear(); return Py.None; });
        set.Method("update", (self, args, kw) => { foreach (var a in args) S(self).Update(a); return Py.None; });
        set.Method("difference_update", (self, args, kw) =>
        {
            foreach (var a in args)
            {
                if (ReferenceEquals(a, self)) { S(self).Table.Clear(); continue; }
                var it = Ops.GetIter(a);
                while (Ops.Next(it) is { } x) S(self).Table.Remove(x);
            }
            return Py.None;
        });
        set.Method("intersection_update", (self, args, kw) =>
        {
            PyObject r = self;
            foreach (var a in args) r = Intersection(r, a);
            S(self).Table.Clear();
            S(self).Table.Merge(S(r).Table);
            return Py.None;
        });
        set.Method1("symmetric_difference_update", (self, other) => { SymmetricDifferenceUpdate(S(self), other); return Py.None; });
        set.Binary("__ior__", (a, b) => { if (!IsSetLike(b)) return Py.NotImplemented; S(a).Update(b); return a; });
        set.Binary("__iand__", (a, b) =>
        {
            if (!IsSetLike(b)) return Py.NotImplemented;
            var r = Intersection(a, b);
            S(a).Table.Clear();
            S(a).Table.Merge(r.Table);
            return a;
        });
        set.Binary("__isub__", (a, b) =>
        {
            if (!IsSetLike(b)) return Py.NotImplemented;
            if (ReferenceEquals(a, b)) { S(a).Table.Clear(); return a; }
            foreach (var x in S(b).Keys()) S(a).Table.Remove(x);
            return a;
        });
        set.Binary("__ixor__", (a, b) => { if (!IsSetLike(b)) return Py.NotImplemented; SymmetricDifferenceUpdate(S(a), b); return a; });
    }

    /// <summary>frozenset's hash: CPython's shuffle-and-xor of the element hashes.</summary>
    private static long FrozenHash(PySet s)
    {
        ulong hash = 0;
        var t = s.Table;
        for (int i = 0; i < t.End; i++)
        {
            if (t.KeyAt(i) is null) continue;
            ulong h = (ulong)t.HashAt(i);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        if ((s.Count & 1) != 0) hash ^= ((0UL ^ 89869747UL) ^ (0UL << 16)) * 3644798167UL;
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        long r = (long)hash;
        return r == -1 ? 590923713 : r;
    }
}
