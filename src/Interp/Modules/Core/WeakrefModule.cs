using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>A weak reference: the .NET GC decides when the referent dies (no refcounting, so
/// a dead object is seen as dead only after a collection, e.g. gc.collect()).</summary>
public sealed class PyWeakRef(PyObject target) : PyObject(WeakrefModule.RefType)
{
    private readonly WeakReference<PyObject> _target = new(target);
    private long? _hash;

    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    /// <summary>The referent's hash, remembered once taken (CPython's rule: a dead ref keeps it).</summary>
    public long HashOf()
    {
        if (_hash is { } h) return h;
        var t = Target ?? throw PyError.TypeError("weak object has gone away");
        _hash = Ops.Hash(t);
        return _hash.Value;
    }
}

/// <summary>The native half of weakref (CPython's _weakref): ref without callbacks.</summary>
internal static class WeakrefModule
{
    public static readonly NativeModuleDef Def = new("_weakref", Exec);

    internal static readonly PyType RefType = CreateRefType();

    private static PyType CreateRefType()
    {
        var t = new PyType(Types.Type, "ReferenceType", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("weakref");
        t.Method("__call__", (self, a, kw) =>
        {
            ArgCheck.NoKw("weakref", kw);
            ArgCheck.Count("weakref", a, 0, 0);
            return ((PyWeakRef)self).Target ?? Py.None;
        });
        t.Method0("__hash__", self => PyInt.From(((PyWeakRef)self).HashOf()));
        t.Binary("__eq__", (a, b) =>
        {
            if (b is not PyWeakRef rb) return Py.NotImplemented;
            var ta = ((PyWeakRef)a).Target; var tb = rb.Target;
            if (ta == null || tb == null) return Py.Bool(a == b);
            return Py.Bool(Ops.EqBool(ta, tb));
        });
        t.Binary("__ne__", (a, b) =>
        {
            if (b is not PyWeakRef rb) return Py.NotImplemented;
            var ta = ((PyWeakRef)a).Target; var tb = rb.Target;
            if (ta == null || tb == null) return Py.Bool(a != b);
            return Py.Bool(!Ops.EqBool(ta, tb));
        });
        t.Method0("__repr__", self =>
        {
            var r = (PyWeakRef)self;
            var target = r.Target;
            string at = $"<weakref at 0x{ObjectMethods.Id(self):x12}; ";
            return PyStr.From(target == null ? at + "dead>" : at + $"to '{target.Type.FullName}' at 0x{ObjectMethods.Id(target):x12}>");
        });
        t.IsImmutable = true;
        return t;
    }

    private static void Exec(Interpreter interp, PyModule m)
    {
        var d = m.Globals;
        d.Set("ReferenceType", RefType);
        d.Set("ref", new PyBuiltinFunction("ref", (_, a, kw) =>
        {
            ArgCheck.NoKw("ref", kw);
            ArgCheck.Count("ref", a, 1, 2);
            if (a.Length == 2 && a[1] != Py.None)
                throw PyError.TypeError("weakref callbacks are not supported");
            return Make(a[0]);
        }, m));
    }

    private static PyWeakRef Make(PyObject target)
    {
        // Like CPython, values of the core builtin types cannot be weakly referenced.
        var t = target.Type;
        if (target is PyInt or PyFloat or PyStr or PyTuple or PyList or PyDict || target == Py.None
            || t == Types.Bytes || t == Types.Complex)
            throw PyError.TypeError($"cannot create weak reference to '{t.Name}' object");
        return new PyWeakRef(target);
    }
}
