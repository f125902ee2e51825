using System.Text;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

public static class SetMethods
{
    private static PySet S(PyObject o) => (PySet)o;

    private static PySet Make(PyType like, IEnumerable<PyObject> items)
    {
        var s = new PySet(like.IsSubtypeOf(Types.FrozenSet) ? Types.FrozenSet : Types.Set);
        foreach (var x in items) s.Add(x);
        return s;
    }

    private static HashSetView Other(PyObject o) => new(o is PySet ps ? ps : Make(Types.Set, Ops.ToList(o)));

    private readonly record struct HashSetView(PySet Set);

    public static void Register(PyType set, PyType frozen)
    {
        set.New((cls, args, kw) => new PySet(cls));
        set.Method("__init__", (self, args, kw) =>
        {
            ArgCheck.NoKw("set", kw);
            ArgCheck.Count("set", args, 0, 1);
            S(self).Table.Clear();
            if (args.Length == 1) foreach (var x in Ops.ToList(args[0])) S(self).Add(x);
            return Py.None;
        });
        frozen.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("frozenset", kw);
            ArgCheck.Count("frozenset", args, 0, 1);
            var s = new PySet(cls);
            if (args.Length == 1) foreach (var x in Ops.ToList(args[0])) s.Add(x);
            return s;
        });
        foreach (var t in new[] { set, frozen })
        {
            bool isFrozen = t == frozen;
            t.Method0("__repr__", self => PyStr.From(Seq.ReprGuard(self, $"{self.Type.Name}(...)", () =>
            {
                var keys = S(self).Keys();
                if (keys.Count == 0) return self.Type.Name + "()";
                var inner = "{" + Seq.JoinRepr(keys.ToArray()) + "}";
                return self.Type == Types.Set ? inner : $"{self.Type.Name}({inner})";
            })));
            t.Method0("__len__", self => PyInt.From(S(self).Count));
            t.Method1("__contains__", (self, x) => Py.Bool(S(self).Contains(x)));
            t.Method0("__iter__", self => new PyDictIterator(Types.SetIterator, S(self).Table, 3));
            if (isFrozen)
                t.Method0("__hash__", self =>
                {
                    long h = 0;
                    foreach (var k in S(self).Keys()) h ^= Ops.Hash(k) * 1000003;
                    return PyInt.From(h == -1 ? 590923713 : h);
                });
            else t.Const("__hash__", Py.None);
            t.Binary("__or__", (a, b) => b is PySet sb ? Make(a.Type, S(a).Keys().Concat(sb.Keys())) : Py.NotImplemented);
            t.Binary("__and__", (a, b) => b is PySet sb ? Make(a.Type, S(a).Keys().Where(sb.Contains)) : Py.NotImplemented);
            t.Binary("__sub__", (a, b) => b is PySet sb ? Make(a.Type, S(a).Keys().Where(x => !sb.Contains(x))) : Py.NotImplemented);
            t.Binary("__xor__", (a, b) => b is PySet sb
                ? Make(a.Type, S(a).Keys().Where(x => !sb.Contains(x)).Concat(sb.Keys().Where(x => !S(a).Contains(x))))
                : Py.NotImplemented);
            t.Binary("__eq__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count == sb.Count && S(a).Keys().All(sb.Contains)) : Py.NotImplemented);
            t.Binary("__ne__", (a, b) => b is PySet sb ? Py.Bool(!(S(a).Count == sb.Count && S(a).Keys().All(sb.Contains))) : Py.NotImplemented);
            t.Binary("__le__", (a, b) => b is PySet sb ? Py.Bool(S(a).Keys().All(sb.Contains)) : Py.NotImplemented);
            t.Binary("__lt__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count < sb.Count && S(a).Keys().All(sb.Contains)) : Py.NotImplemented);
            t.Binary("__ge__", (a, b) => b is PySet sb ? Py.Bool(sb.Keys().All(S(a).Contains)) : Py.NotImplemented);
            t.Binary("__gt__", (a, b) => b is PySet sb ? Py.Bool(S(a).Count > sb.Count && sb.Keys().All(S(a).Contains)) : Py.NotImplemented);
            t.Method("union", (self, args, kw) => Make(self.Type, S(self).Keys().Concat(Concat(args))));
            t.Method("intersection", (self, args, kw) =>
            {
                IEnumerable<PyObject> r = S(self).Keys();
                foreach (var a in args) { var o = Other(a).Set; r = r.Where(o.Contains).ToList(); }
                return Make(self.Type, r);
            });
            t.Method("difference", (self, args, kw) =>
            {
                IEnumerable<PyObject> r = S(self).Keys();
                foreach (var a in args) { var o = Other(a).Set; r = r.Where(x => !o.Contains(x)).ToList(); }
                return Make(self.Type, r);
            });
            t.Method1("symmetric_difference", (self, other) =>
            {
                var o = Other(other).Set;
                return Make(self.Type, S(self).Keys().Where(x => !o.Contains(x)).Concat(o.Keys().Where(x => !S(self).Contains(x))));
            });
            t.Method1("issubset", (self, other) => Py.Bool(S(self).Keys().All(Other(other).Set.Contains)));
            t.Method1("issuperset", (self, other) => Py.Bool(Other(other).Set.Keys().All(S(self).Contains)));
            t.Method1("isdisjoint", (self, other) => Py.Bool(!S(self).Keys().Any(Other(other).Set.Contains)));
            t.Method0("copy", self => Make(self.Type, S(self).Keys()));
        }
        set.Method1("add", (self, x) => { S(self).Add(x); return Py.None; });
        set.Method1("remove", (self, x) => S(self).Table.Remove(x) != null ? Py.None : throw PyError.KeyError(x));
        set.Method1("discard", (self, x) => { S(self).Table.Remove(x); return Py.None; });
        set.Method0("pop", self =>
        {
            var tb = S(self).Table;
            for (int i = 0; i < tb.End; i++)
            {
                var k = tb.KeyAt(i);
                if (k != null) { tb.RemoveAt(i); return k; }
            }
            throw PyError.KeyError(PyStr.From("pop from an empty set"));
        });
        set.Method0("clear", self => { S(self).Table.Clear(); return Py.None; });
        set.Method("update", (self, args, kw) => { foreach (var x in Concat(args)) S(self).Add(x); return Py.None; });
        set.Method("difference_update", (self, args, kw) => { foreach (var x in Concat(args)) S(self).Table.Remove(x); return Py.None; });
        set.Method("intersection_update", (self, args, kw) =>
        {
            var keep = S(self).Keys();
            foreach (var a in args) { var o = Other(a).Set; keep = keep.Where(o.Contains).ToList(); }
            S(self).Table.Clear();
            foreach (var k in keep) S(self).Add(k);
            return Py.None;
        });
        set.Binary("__ior__", (a, b) => { foreach (var x in Ops.ToList(b)) S(a).Add(x); return a; });
        set.Binary("__iand__", (a, b) =>
        {
            var o = Other(b).Set;
            foreach (var k in S(a).Keys()) if (!o.Contains(k)) S(a).Table.Remove(k);
            return a;
        });
        set.Binary("__isub__", (a, b) => { foreach (var x in Ops.ToList(b)) S(a).Table.Remove(x); return a; });
        set.ClassMethod("__class_getitem__", (cls, args, kw) => new PyGenericAlias(cls, args[0]));
    }

    private static List<PyObject> Concat(ReadOnlySpan<PyObject> args)
    {
        var r = new List<PyObject>();
        foreach (var a in args) r.AddRange(Ops.ToList(a));
        return r;
    }

    internal static string Join(IEnumerable<string> parts) => new StringBuilder().AppendJoin(", ", parts).ToString();
}
