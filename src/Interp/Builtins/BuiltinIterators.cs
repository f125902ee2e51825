using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Builtins;

/// <summary>enumerate, zip, map, filter and reversed: lazy iterator types.</summary>
public static class BuiltinIterators
{
    public static void Register()
    {
        Types.Enumerate.New((cls, args, kw) =>
        {
            var a = ArgCheck.Bind("enumerate", args, kw, ["iterable", "start"], 1);
            var it = Ops.GetIter(a[0]!);
            var n = a[1] != null ? Ops.Index(a[1]!).AsBig : 0;
            return new PyFuncIterator(cls, () =>
            {
                var x = Ops.Next(it);
                if (x == null) return null;
                var r = PyTuple.Of(PyInt.From(n), x);
                n++;
                return r;
            });
        });
        Types.Zip.New((cls, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                if (kw![i] != "strict") throw PyError.TypeError($"zip() got an unexpected keyword argument '{kw[i]}'");
                strict = Ops.IsTrue(args[args.Length - nkw + i]);
            }
            var its = new PyObject[args.Length - nkw];
            for (int i = 0; i < its.Length; i++)
            {
                try { its[i] = Ops.GetIter(args[i]); }
                catch (PyError e) when (e.Exc.Type == Types.TypeError)
                {
                    throw PyError.TypeError($"'{args[i].Type.Name}' object is not iterable");
                }
            }
            bool done = false;
            return new PyFuncIterator(cls, () =>
            {
                if (done || its.Length == 0) return null;
                var items = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var x = Ops.Next(its[i]);
                    if (x == null)
                    {
                        done = true;
                        if (strict)
                        {
                            if (i > 0) throw PyError.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                            for (int j = 1; j < its.Length; j++)
                                if (Ops.Next(its[j]) != null)
                                    throw PyError.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                        }
                        return null;
                    }
                    items[i] = x;
                }
                return new PyTuple(items);
            });
        });
        Types.Map.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("map", kw);
            if (args.Length < 2) throw PyError.TypeError("map() must have at least two arguments.");
            var f = args[0];
            var its = new PyObject[args.Length - 1];
            for (int i = 0; i < its.Length; i++) its[i] = Ops.GetIter(args[i + 1]);
            return new PyFuncIterator(cls, () =>
            {
                var items = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var x = Ops.Next(its[i]);
                    if (x == null) return null;
                    items[i] = x;
                }
                return Ops.Call(f, items);
            });
        });
        Types.Filter.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("filter", kw);
            ArgCheck.Count("filter", args, 2, 2);
            var f = args[0];
            var it = Ops.GetIter(args[1]);
            return new PyFuncIterator(cls, () =>
            {
                while (Ops.Next(it) is { } x)
                    if (f == Py.None ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(f, x))) return x;
                return null;
            });
        });
        Types.Reversed.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("reversed", kw);
            ArgCheck.Count("reversed", args, 1, 1);
            var seq = args[0];
            var rev = seq.Type.Lookup("__reversed__");
            if (rev == Py.None) throw PyError.TypeError($"'{seq.Type.Name}' object is not reversible");
            if (rev != null) return Ops.CallDescriptor(rev, seq, []);
            // The sequence protocol (CPython's PySequence_Check): __getitem__ and not a dict; the
            // length is asked for afterwards, so a missing __len__ gets len()'s own message.
            if (seq.Type.Lookup("__getitem__") == null || seq is PyDict)
                throw PyError.TypeError($"'{seq.Type.Name}' object is not reversible");
            long n = Ops.Len(seq);
            return new PyFuncIterator(cls, () => --n >= 0 ? Ops.GetItem(seq, PyInt.From(n)) : null);
        });
        Types.List.Method0("__reversed__", self => new PyListReverseIterator((PyList)self));
    }
}

/// <summary>`int | str`: types.UnionType.</summary>
/// <remarks>`None` is stored as `NoneType`, as CPython's `__args__` shows it.</remarks>
public sealed class PyUnion(PyObject[] args) : PyObject(Types.Union)
{
    public readonly PyObject[] Args = args;
}

public static class UnionMethods
{
    public static void Register(PyType t)
    {
        t.Method0("__repr__", self => PyStr.From(string.Join(" | ", ((PyUnion)self).Args.Select(a =>
            a == Types.NoneType ? "None" : a is PyType ty ? (ty.ModuleName == "builtins" ? ty.QualName : ty.FullName) : Ops.ReprString(a)))));
        t.Getter("__args__", self => PyTuple.Of(((PyUnion)self).Args));
        t.Binary("__or__", (a, b) => BuiltinsModule.MakeUnion(a, b));
        t.Binary("__ror__", (a, b) => BuiltinsModule.MakeUnion(b, a));
        t.Binary("__eq__", (a, b) => b is PyUnion ub ? Py.Bool(((PyUnion)a).Args.ToHashSet().SetEquals(ub.Args)) : Py.NotImplemented);
        t.Method0("__hash__", self => PyInt.From(((PyUnion)self).Args.Aggregate(0L, (h, x) => h ^ Ops.Hash(x))));
        t.Method1("__instancecheck__", (self, o) => BuiltinsModule.IsInstance(o, self));
        t.Method1("__subclasscheck__", (self, o) => BuiltinsModule.IsSubclass(o, self));
    }
}
