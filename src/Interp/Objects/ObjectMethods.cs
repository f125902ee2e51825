using System.Runtime.CompilerServices;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>The methods of `object`, the root of every class.</summary>
public static class ObjectMethods
{
    private static readonly ConditionalWeakTable<PyObject, object> Ids = new();
    private static long _nextId = 0x7f0000001000;

    /// <summary>id(o): unique and stable for the object's lifetime.</summary>
    public static long Id(PyObject o) =>
        (long)Ids.GetValue(o, _ => Interlocked.Add(ref _nextId, 16));

    /// <summary>The __slots__ storage an instance of `t` has, in MRO order: instances may only switch
    /// __class__ between classes with the same slots (CPython's same_slots_added).</summary>
    private static IEnumerable<string> SlotNames(PyType t) =>
        t.Mro.Where(b => b.IsHeap).SelectMany(b => b.Attrs.Values.OfType<PyMemberSlot>().Where(m => m.Owner == b).Select(m => m.Name));

    public static void Register(PyType t)
    {
        t.Const("__doc__", PyStr.From("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\n"
            + "instance that has no instance attributes and cannot be given any.\n"));
        t.New((cls, args, kw) =>
        {
            if ((args.Length > 0) && (cls.Lookup("__new__") != Ops.ObjectNew || cls.Lookup("__init__") == Ops.ObjectInit))
                throw PyError.TypeError(cls.Lookup("__new__") != Ops.ObjectNew
                    ? "object.__new__() takes exactly one argument (the type to instantiate)"
                    : $"{cls.Name}() takes no arguments");
            if (cls.Layout != Types.Object)
                throw PyError.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Layout.Name}.__new__()");
            if (cls.IsImmutable && cls != Types.Object) throw PyError.TypeError($"cannot create '{cls.Name}' instances");
            if (cls.Lookup("__abstractmethods__") is PyObject am && Ops.IsTrue(am))
            {
                var names = Ops.ToList(am).Select(Ops.StrString).OrderBy(x => x, StringComparer.Ordinal).ToList();
                throw PyError.TypeError($"Can't instantiate abstract class {cls.Name} without an implementation for abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names.Select(n => $"'{n}'"))}");
            }
            PyObject o = cls.Attrs.ContainsKey("__slots__") || HasSlots(cls) ? new PyInstanceWithSlots(cls) : new PyInstance(cls);
            if (cls.HasInstanceDict) o.Dict = new PyDict();
            return o;
        });
        Ops.ObjectNew = t.Attrs["__new__"];
        t.Method("__init__", (self, args, kw) =>
        {
            if (args.Length > 0)
            {
                var type = self.Type;
                if (type.Lookup("__init__") != Ops.ObjectInit)
                    throw PyError.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                if (type.Lookup("__new__") == Ops.ObjectNew)
                    throw PyError.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
            }
            return Py.None;
        });
        Ops.ObjectInit = t.Attrs["__init__"];
        t.Method0("__repr__", self => PyStr.From($"<{self.Type.FullName} object at 0x{Id(self):x12}>"));
        t.Method0("__str__", self => Ops.Repr(self));
        t.Method0("__hash__", self => PyInt.From(Id(self) >> 4));
        t.Binary("__eq__", (a, b) => ReferenceEquals(a, b) ? Py.True : Py.NotImplemented);
        t.Binary("__ne__", (a, b) =>
        {
            var eq = a.Type.Lookup("__eq__");
            if (eq == null) return Py.NotImplemented;
            var r = Ops.CallDescriptor(eq, a, [b]);
            return r == Py.NotImplemented ? r : Py.Bool(!Ops.IsTrue(r));
        });
        foreach (var n in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            t.Binary(n, (a, b) => Py.NotImplemented);
        t.Method1("__getattribute__", (self, name) =>
        {
            string n = name is PyStr s ? s.Value : throw PyError.TypeError($"attribute name must be string, not '{name.Type.Name}'");
            return (self is PyType ty ? Ops.TypeGetAttr(ty, n) : Ops.GenericGetAttr(self, n)) ?? throw Ops.AttributeMissing(self, n);
        });
        Ops.ObjectGetAttribute = t.Attrs["__getattribute__"];
        t.Method("__setattr__", (self, args, kw) =>
        {
            ArgCheck.Count("__setattr__", args, 2, 2);
            string n = args[0] is PyStr s ? s.Value : throw PyError.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
            if (self is PyType) throw PyError.TypeError("can't apply this __setattr__ to type object");
            Ops.GenericSetAttr(self, n, args[1]);
            return Py.None;
        });
        Ops.ObjectSetAttr = t.Attrs["__setattr__"];
        t.Method1("__delattr__", (self, name) =>
        {
            string n = ((PyStr)name).Value;
            if (self is PyType ty) { if (!ty.DelAttr(n)) throw Ops.AttributeMissing(self, n); }
            else Ops.GenericSetAttr(self, n, null);
            return Py.None;
        });
        Ops.ObjectDelAttr = t.Attrs["__delattr__"];
        t.GetSet("__class__", self => self.Type, (self, v) =>
        {
            if (v is not PyType nt) throw PyError.TypeError($"__class__ must be set to a class, not '{v?.Type.Name}' object");
            if (!self.Type.IsHeap || !nt.IsHeap || nt.Layout != self.Type.Layout)
                throw PyError.TypeError($"__class__ assignment only supported for mutable types or ModuleType subclasses");
            if (!SlotNames(nt).SequenceEqual(SlotNames(self.Type)))
                throw PyError.TypeError($"__class__ assignment: '{nt.Name}' object layout differs from '{self.Type.Name}'");
            self.Type = nt;
        });
        t.ClassMethod("__init_subclass__", (cls, args, kw) =>
        {
            if (args.Length > 0)
                throw PyError.TypeError($"{((PyType)cls).Name}.__init_subclass__() takes no keyword arguments");
            return Py.None;
        });
        t.ClassMethod("__subclasshook__", (cls, args, kw) => Py.NotImplemented);
        t.Method1("__format__", (self, spec) =>
        {
            if (spec is not PyStr s) throw PyError.TypeError($"__format__() argument must be str, not {spec.Type.Name}");
            if (s.Value.Length > 0)
                throw PyError.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
            return Ops.Str(self);
        });
        t.Method0("__dir__", self => new PyList(Builtins.BuiltinsModule.DirOf(self)));
        t.Method0("__sizeof__", self => PyInt.From(16));
        t.Method1("__reduce_ex__", (self, proto) => throw PyError.TypeError($"cannot pickle '{self.Type.Name}' object"));
    }

    private static bool HasSlots(PyType t)
    {
        foreach (var b in t.Mro) if (b.IsHeap && b.Attrs.ContainsKey("__slots__")) return true;
        return false;
    }
}
