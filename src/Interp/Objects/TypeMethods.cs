using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>The methods of `type`: class creation (3-argument type()), attributes, MRO, isinstance hooks.</summary>
public static class TypeMethods
{
    public static void Register(PyType t)
    {
        t.New((meta, args, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = args.Length - nkw;
            if (npos == 1 && meta == Types.Type && nkw == 0) return args[0].Type;
            if (npos != 3) throw PyError.TypeError("type() takes 1 or 3 arguments");
            if (args[0] is not PyStr name) throw PyError.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
            if (args[1] is not PyTuple bases) throw PyError.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
            if (args[2] is not PyDict ns) throw PyError.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
            var kwargs = new PyDict();
            for (int i = 0; i < nkw; i++) kwargs.Set(kw![i], args[npos + i]);
            return CreateClass(meta, name.Value, bases.Items, ns, kwargs);
        });
        t.Method("__init__", (self, args, kw) => Py.None);
        t.Method("__call__", (self, args, kw) => Ops.TypeCallDefault((PyType)self, args, kw));
        Ops.TypeCallDescriptor = t.Attrs["__call__"];
        t.Method0("__repr__", self => PyStr.From($"<class '{((PyType)self).FullName}'>"));
        t.Method1("__getattribute__", (self, name) =>
            Ops.TypeGetAttr((PyType)self, ((PyStr)name).Value) ?? throw Ops.AttributeMissing(self, ((PyStr)name).Value));
        Ops.TypeGetAttribute = t.Attrs["__getattribute__"];
        t.GetSet("__name__", self => PyStr.From(((PyType)self).Name), (self, v) =>
        {
            var ty = (PyType)self;
            var name = NameToAssign(ty, "__name__", v);
            if (name.Contains('\0')) throw PyError.ValueError("type name must not contain null characters");
            ty.Name = name;
        });
        t.GetSet("__qualname__", self => PyStr.From(((PyType)self).QualName), (self, v) =>
        {
            var ty = (PyType)self;
            ty.QualName = NameToAssign(ty, "__qualname__", v);
        });
        t.GetSet("__module__", self => ((PyType)self).Attrs.GetValueOrDefault("__module__") ?? PyStr.From("builtins"),
            (self, v) => ((PyType)self).SetAttr("__module__", v ?? Py.None));
        t.GetSet("__doc__", self => ((PyType)self).Attrs.GetValueOrDefault("__doc__") ?? Py.None,
            (self, v) => ((PyType)self).SetAttr("__doc__", v ?? Py.None));
        t.Getter("__mro__", self => PyTuple.Of([.. ((PyType)self).Mro]));
        t.GetSet("__bases__", self => PyTuple.Of([.. ((PyType)self).Bases]), (self, v) => TypeBases.Assign((PyType)self, v));
        t.Getter("__base__", self => ((PyType)self).Bases.Length > 0 ? ((PyType)self).Bases[0] : Py.None);
        t.Getter("__dict__", self =>
        {
            var d = new PyDict();
            foreach (var (k, v) in ((PyType)self).Attrs) d.Set(k, v);
            return new PyMappingProxy(d);
        });
        t.Method0("mro", self => new PyList([.. ((PyType)self).Mro]));
        t.Method0("__subclasses__", self => new PyList([.. ((PyType)self).LiveSubclasses()]));
        t.Method1("__instancecheck__", (self, o) => Py.Bool(o.Type.IsSubtypeOf((PyType)self)));
        t.Method1("__subclasscheck__", (self, o) => Py.Bool(o is PyType ot && ot.IsSubtypeOf((PyType)self)));
        t.ClassMethod("__prepare__", (cls, args, kw) => new PyDict());
        // type.__setattr__ exists so that object.__setattr__(SomeClass, ...) can refuse (CPython's hackcheck).
        t.Method("__setattr__", (self, args, kw) =>
        {
            ArgCheck.Count("__setattr__", args, 2, 2);
            string n = args[0] is PyStr s ? s.Value : throw PyError.TypeError($"attribute name must be string, not '{args[0].Type.Name}'");
            if (self is not PyType ty) throw PyError.TypeError($"descriptor '__setattr__' requires a 'type' object but received a '{self.Type.Name}'");
            ty.SetAttr(n, args[1]);
            if (n == "__name__" && args[1] is PyStr ns) ty.Name = ns.Value;
            return Py.None;
        });
        t.Binary("__or__", (a, b) => Builtins.BuiltinsModule.MakeUnion(a, b));
        t.Binary("__ror__", (a, b) => Builtins.BuiltinsModule.MakeUnion(b, a));
        t.Method0("__dir__", self => new PyList(Builtins.BuiltinsModule.DirOf(self)));
    }

    /// <summary>type.__new__(meta, name, bases, ns): builds a heap class.</summary>
    public static PyType CreateClass(PyType meta, string name, PyObject[] baseObjs, PyDict ns, PyDict kwargs)
    {
        var bases = new PyType[baseObjs.Length == 0 ? 1 : baseObjs.Length];
        if (baseObjs.Length == 0) bases[0] = Types.Object;
        for (int i = 0; i < baseObjs.Length; i++)
        {
            // CPython picks the metaclass before checking the bases, so a non-class base (whose type
            // is not a metaclass) reports a metaclass conflict.
            if (baseObjs[i] is not PyType bt)
                throw PyError.TypeError(meta.IsSubtypeOf(baseObjs[i].Type) || baseObjs[i].Type.IsSubtypeOf(meta) ? "bases must be types"
                    : "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            if (!bt.IsBaseType) throw PyError.TypeError($"type '{bt.Name}' is not an acceptable base type");
            for (int j = 0; j < i; j++)
                if (bases[j] == bt) throw PyError.TypeError($"duplicate base class {bt.Name}");
            bases[i] = bt;
        }
        // The most derived metaclass wins.
        var winner = meta;
        foreach (var b in bases)
        {
            if (winner.IsSubtypeOf(b.Type)) continue;
            if (b.Type.IsSubtypeOf(winner)) { winner = b.Type; continue; }
            throw PyError.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        // Layout: the single builtin base whose C# class holds the instances.
        PyType layout = Types.Object;
        foreach (var b in bases)
        {
            var bl = b.Layout;
            if (bl == Types.Object) continue;
            if (layout == Types.Object || bl.IsSubtypeOf(layout)) layout = bl;
            else if (!layout.IsSubtypeOf(bl)) throw PyError.TypeError("multiple bases have instance lay-out conflict");
        }
        var cls = new PyType(winner, name, bases) { IsHeap = true, Layout = layout };
        bool hasSlots = ns.Get("__slots__") != null;
        cls.HasInstanceDict = !hasSlots || bases.Any(b => b.HasInstanceDict);
        if (ns.Get("__module__") == null && ThreadState.CurrentOrNull?.Frame?.Globals.Get("__name__") is { } modName)
            cls.Attrs["__module__"] = modName;
        foreach (var (k, v) in ns.Pairs())
        {
            if (k is not PyStr ks) continue;
            string key = ks.Value;
            if (key == "__qualname__")
            {
                cls.QualName = v is PyStr qs ? qs.Value : throw PyError.TypeError($"type __qualname__ must be a str, not {v.Type.Name}");
                continue;
            }
            if (key == "__classcell__") continue;
            PyObject val = v;
            if (key is "__new__" && v is PyFunction) val = new PyStaticMethod(v);
            else if (key is "__init_subclass__" or "__class_getitem__" && v is PyFunction) val = new PyClassMethod(v);
            cls.Attrs[key] = val;
        }
        if (hasSlots)
        {
            var slots = ns.Get("__slots__")!;
            var names = slots is PyStr one ? [one] : Ops.ToList(slots);
            // int, bytes and tuple keep their items inline (CPython's tp_itemsize): no room for slots.
            var varSized = bases.SelectMany(b => b.Mro).FirstOrDefault(b => b == Types.Int || b == Types.Bytes || b == Types.Tuple);
            if (names.Count > 0 && varSized != null)
                throw PyError.TypeError($"nonempty __slots__ not supported for subtype of '{varSized.Name}'");
            bool hasDict = bases.Any(b => b.HasInstanceDict), hasWeakref = bases.Any(b => b.Lookup("__weakref__") != null);
            foreach (var sn in names)
            {
                if (sn is not PyStr sstr) throw PyError.TypeError($"__slots__ items must be strings, not '{sn.Type.Name}'");
                string s = sstr.Value;
                if (s == "__dict__" ? hasDict : s == "__weakref__" && hasWeakref)
                    throw PyError.TypeError($"{s} slot disallowed: we already got one");
                if (s == "__weakref__") hasWeakref = true;
                if (s == "__dict__") { hasDict = cls.HasInstanceDict = true; continue; }
                s = MangleSlot(name, s);
                if (cls.Attrs.ContainsKey(s))
                    throw PyError.ValueError($"'{s}' in __slots__ conflicts with class variable");
                cls.Attrs[s] = new PyMemberSlot(cls, s);
            }
        }
        if (cls.HasInstanceDict && !bases.Any(b => b.HasInstanceDict || b.IsSubtypeOf(Types.Type)))
        {
            cls.Attrs["__dict__"] = new PyGetSet(cls, "__dict__", o => o.Dict ??= new PyDict(),
                (o, v) => o.Dict = v as PyDict ?? throw PyError.TypeError($"__dict__ must be set to a dictionary, not a '{v?.Type.Name}'"));
            cls.Attrs["__weakref__"] = new PyGetSet(cls, "__weakref__", o => Py.None, null);
        }
        if (!cls.Attrs.ContainsKey("__doc__")) cls.Attrs["__doc__"] = Py.None;
        if (cls.Attrs.ContainsKey("__eq__") && !cls.Attrs.ContainsKey("__hash__")) cls.Attrs["__hash__"] = Py.None;
        cls.Mro = PyType.ComputeMro(cls);
        if (cls.Lookup("__mro__") is null) { }
        foreach (var b in bases) b.AddSubclass(cls);
        if (ns.Get("__classcell__") is PyCell cell) cell.Value = cls;

        // __set_name__ on descriptors, then the parent's __init_subclass__.
        foreach (var (k, v) in cls.Attrs.ToList())
        {
            if (v is PyProperty p) { p.Name ??= k; continue; }
            var sn = v.Type.Lookup("__set_name__");
            if (sn == null) continue;
            try { Ops.CallDescriptor(sn, v, [cls, PyStr.From(k)]); }
            catch (PyError e)
            {
                Ops.Call(Ops.GetAttr(e.Exc, "add_note"), PyStr.From($"Error calling __set_name__ on '{v.Type.Name}' instance '{k}' in '{cls.Name}'"));
                throw;
            }
        }
        var sup = SuperMethods.LookupAfter(cls, cls, "__init_subclass__");
        if (sup != null)
        {
            var bound = Ops.BindDescriptor(sup is PyFunction pf ? new PyClassMethod(pf) : sup, null, cls);
            var kwNames = kwargs.Pairs().Select(p => ((PyStr)p.Key).Value).ToArray();
            var kwVals = kwargs.Pairs().Select(p => p.Value).ToArray();
            Ops.Call(bound, kwVals, kwNames.Length > 0 ? kwNames : null);
        }
        return cls;
    }

    /// <summary>The checks of CPython's check_set_special_type_attr for __name__ and __qualname__ (v null: delete).</summary>
    private static string NameToAssign(PyType ty, string attr, PyObject? v)
    {
        if (ty.IsImmutable) throw PyError.TypeError($"cannot set '{attr}' attribute of immutable type '{ty.Name}'");
        if (v == null) throw PyError.TypeError($"cannot delete '{attr}' attribute of immutable type '{ty.Name}'");
        return v is PyStr s ? s.Value : throw PyError.TypeError($"can only assign string to {ty.Name}.{attr}, not '{v.Type.Name}'");
    }

    /// <summary>A private slot name (`__x`) is stored mangled (`_Cls__x`), as class-body names are.</summary>
    private static string MangleSlot(string className, string slot)
    {
        if (!slot.StartsWith("__") || slot.EndsWith("__") || slot.Contains('.')) return slot;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? slot : $"_{stripped}{slot}";
    }
}
