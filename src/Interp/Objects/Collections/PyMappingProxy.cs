using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>A read-only view of a mapping (`type.__dict__`).</summary>
public sealed class PyMappingProxy(PyObject mapping) : PyObject(Types.MappingProxy)
{
    public readonly PyObject Mapping = mapping;

    public static void Register(PyType t)
    {
        static PyObject M(PyObject self) => ((PyMappingProxy)self).Mapping;
        t.New((cls, args, kw) =>
        {
            ArgCheck.Count("mappingproxy", args, 1, 1);
            if (args[0].Type.Lookup("keys") == null || args[0] is PyList or PyTuple)
                throw PyError.TypeError($"mappingproxy() argument must be a mapping, not {args[0].Type.Name}");
            return new PyMappingProxy(args[0]);
        });
        t.Method1("__getitem__", (self, k) => Ops.GetItem(M(self), k));
        t.Method1("__contains__", (self, k) => Py.Bool(Ops.Contains(M(self), k)));
        t.Method0("__iter__", self => Ops.GetIter(M(self)));
        t.Method0("__len__", self => PyInt.From(Ops.Len(M(self))));
        t.Method0("__repr__", self => PyStr.From("mappingproxy(" + Ops.ReprString(M(self)) + ")"));
        t.Method0("__str__", self => Ops.Str(M(self)));
        t.Method("get", (self, args, kw) => Ops.Call(Ops.GetAttr(M(self), "get"), args, kw));
        t.Method0("keys", self => Ops.Call(Ops.GetAttr(M(self), "keys")));
        t.Method0("values", self => Ops.Call(Ops.GetAttr(M(self), "values")));
        t.Method0("items", self => Ops.Call(Ops.GetAttr(M(self), "items")));
        t.Method0("copy", self => Ops.Call(Ops.GetAttr(M(self), "copy")));
        t.Binary("__eq__", (a, b) => Ops.RichCompare(M(a), b is PyMappingProxy pb ? pb.Mapping : b, CompareOp.Eq));
        t.Binary("__or__", (a, b) => Ops.Binary(Ops.Call(Ops.GetAttr(M(a), "copy")), b is PyMappingProxy pb ? pb.Mapping : b, Syntax.BinOpKind.BitOr));
        t.Const("__hash__", Py.None);
    }
}
