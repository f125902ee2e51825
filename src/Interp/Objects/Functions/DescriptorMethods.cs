using GilGrid.Interp.Compiler;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>property, classmethod, staticmethod, the builtin descriptors and super.</summary>
public static class DescriptorMethods
{
    public static void Register()
    {
        var p = Types.Property;
        p.New((cls, args, kw) => new PyProperty(null, null, null, null) { Type = cls });
        p.Method("__init__", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("property", args, kw, ["fget", "fset", "fdel", "doc"], 0);
            var prop = (PyProperty)self;
            prop.FGet = a[0] == Py.None ? null : a[0];
            prop.FSet = a[1] == Py.None ? null : a[1];
            prop.FDel = a[2] == Py.None ? null : a[2];
            prop.Doc = a[3] ?? (prop.FGet != null ? Ops.GetAttrOrNull(prop.FGet, "__doc__") : null);
            return Py.None;
        });
        p.Method("__get__", (self, args, kw) => args[0] == Py.None ? self : ((PyProperty)self).Get(args[0]));
        p.Method("__set__", (self, args, kw) => { ((PyProperty)self).Set(args[0], args[1]); return Py.None; });
        p.Method1("__delete__", (self, o) => { ((PyProperty)self).Set(o, null); return Py.None; });
        p.Getter("fget", self => ((PyProperty)self).FGet ?? Py.None);
        p.Getter("fset", self => ((PyProperty)self).FSet ?? Py.None);
        p.Getter("fdel", self => ((PyProperty)self).FDel ?? Py.None);
        p.Getter("__doc__", self => ((PyProperty)self).Doc ?? Py.None);
        p.Getter("__isabstractmethod__", self => ((PyProperty)self).FGet is { } g && Ops.GetAttrOrNull(g, "__isabstractmethod__") is { } ab ? ab : Py.False);
        // 3.13: the name given by __set_name__ (or assigned), else the getter's __name__.
        p.GetSet("__name__", self => ((PyProperty)self) is { Name: { } pn } ? PyStr.From(pn)
                : ((PyProperty)self).FGet is { } fg ? Ops.GetAttr(fg, "__name__")
                : throw PyError.AttributeError("'property' object has no attribute '__name__'"),
            (self, v) => ((PyProperty)self).Name = v is PyStr vs ? vs.Value : v == null ? null
                : throw PyError.TypeError($"property name must be str, not '{v.Type.Name}'"));
        p.Method("__set_name__", (self, args, kw) => { ((PyProperty)self).Name ??= ((PyStr)args[1]).Value; return Py.None; });
        p.Method1("getter", (self, fn) => CopyProperty((PyProperty)self, fn, 0));
        p.Method1("setter", (self, fn) => CopyProperty((PyProperty)self, fn, 1));
        p.Method1("deleter", (self, fn) => CopyProperty((PyProperty)self, fn, 2));

        var cm = Types.ClassMethod;
        cm.New((cls, args, kw) => new PyClassMethod(Py.None) { Type = cls });
        cm.Method("__init__", (self, args, kw) => { ArgCheck.Count("classmethod", args, 1, 1); ((PyClassMethod)self).Callable = args[0]; return Py.None; });
        cm.Method("__get__", (self, args, kw) =>
            NoneNone(args) ?? Ops.BindDescriptor(self, null, args.Length > 1 && args[1] != Py.None ? (PyType)args[1] : args[0].Type));
        cm.Getter("__func__", self => ((PyClassMethod)self).Callable);
        cm.Getter("__wrapped__", self => ((PyClassMethod)self).Callable);
        cm.Getter("__isabstractmethod__", self => Ops.GetAttrOrNull(((PyClassMethod)self).Callable, "__isabstractmethod__") ?? Py.False);
        cm.GetSet("__dict__", self => self.Dict ??= new PyDict(), (self, v) => self.Dict = (PyDict?)v);

        var sm = Types.StaticMethod;
        sm.New((cls, args, kw) => new PyStaticMethod(Py.None) { Type = cls });
        sm.Method("__init__", (self, args, kw) => { ArgCheck.Count("staticmethod", args, 1, 1); ((PyStaticMethod)self).Callable = args[0]; return Py.None; });
        sm.Method("__get__", (self, args, kw) => NoneNone(args) ?? ((PyStaticMethod)self).Callable);
        sm.Method("__call__", (self, args, kw) => Ops.Call(((PyStaticMethod)self).Callable, args, kw));
        sm.Getter("__func__", self => ((PyStaticMethod)self).Callable);
        sm.Getter("__wrapped__", self => ((PyStaticMethod)self).Callable);
        sm.Getter("__isabstractmethod__", self => Ops.GetAttrOrNull(((PyStaticMethod)self).Callable, "__isabstractmethod__") ?? Py.False);
        sm.GetSet("__dict__", self => self.Dict ??= new PyDict(), (self, v) => self.Dict = (PyDict?)v);

        foreach (var (md, kind) in new[] { (Types.MethodDescriptor, "method"), (Types.WrapperDescriptor, "slot wrapper") })
        {
            md.Method0("__repr__", self => PyStr.From($"<{kind} '{((PyMethodDescriptor)self).Name}' of '{((PyMethodDescriptor)self).Owner.Name}' objects>"));
            md.Method("__call__", (self, args, kw) => ((PyMethodDescriptor)self).CallUnbound(args, kw));
            md.Method("__get__", (self, args, kw) => args[0] == Py.None ? self : Ops.BindDescriptor(self, args[0], args[0].Type));
            md.Getter("__name__", self => PyStr.From(((PyMethodDescriptor)self).Name));
            md.Getter("__qualname__", self => PyStr.From(((PyMethodDescriptor)self).Owner.Name + "." + ((PyMethodDescriptor)self).Name));
            md.Getter("__objclass__", self => ((PyMethodDescriptor)self).Owner);
            md.Getter("__doc__", self => Py.None);
        }

        var cmd = Types.ClassMethodDescriptor;
        cmd.Method0("__repr__", self => PyStr.From($"<method '{((PyClassMethodDescriptor)self).Name}' of '{((PyClassMethodDescriptor)self).Owner.Name}' objects>"));
        cmd.Method("__get__", (self, args, kw) => Ops.BindDescriptor(self, null, args.Length > 1 && args[1] is PyType t ? t : args[0].Type));

        var mdesc = Types.MemberDescriptor;
        mdesc.Method0("__repr__", self => PyStr.From($"<member '{((PyMemberSlot)self).Name}' of '{((PyMemberSlot)self).Owner.Name}' objects>"));
        mdesc.Method("__get__", (self, args, kw) => args[0] == Py.None ? self : ((PyMemberSlot)self).Get(args[0]));
        mdesc.Method("__set__", (self, args, kw) => { ((PyMemberSlot)self).Set(args[0], args[1]); return Py.None; });
        mdesc.Method1("__delete__", (self, o) => { ((PyMemberSlot)self).Set(o, null); return Py.None; });
        mdesc.Getter("__name__", self => PyStr.From(((PyMemberSlot)self).Name));
        mdesc.Getter("__qualname__", self => PyStr.From($"{((PyMemberSlot)self).Owner.QualName}.{((PyMemberSlot)self).Name}"));
        mdesc.Getter("__objclass__", self => ((PyMemberSlot)self).Owner);
        var gs = Types.GetSetDescriptor;
        gs.Method0("__repr__", self => self is PyGetSet g
            ? PyStr.From($"<attribute '{g.Name}' of '{g.Owner.Name}' objects>")
            : PyStr.From($"<member '{((PyMemberSlot)self).Name}' of '{((PyMemberSlot)self).Owner.Name}' objects>"));
        gs.Method("__get__", (self, args, kw) => args[0] == Py.None ? self : Ops.BindDescriptor(self, args[0], args[0].Type));
        gs.Method("__set__", (self, args, kw) => { Ops.GenericSetAttr(args[0], self is PyGetSet g ? g.Name : ((PyMemberSlot)self).Name, args[1]); return Py.None; });
        gs.Getter("__name__", self => PyStr.From(self is PyGetSet g ? g.Name : ((PyMemberSlot)self).Name));

        SuperMethods.Register(Types.Super);

        var ga = Types.GenericAlias;
        ga.Method0("__repr__", self =>
        {
            var g = (PyGenericAlias)self;
            string Name(PyObject o) => o is PyType t ? (t.ModuleName == "builtins" ? t.QualName : t.FullName) : o == Py.Ellipsis ? "..." : Ops.ReprString(o);
            var args = g.Args is PyTuple tp ? tp.Items : [g.Args];
            if (args.Length == 0) return PyStr.From($"{Name(g.Origin)}[()]");   // tuple[()]
            return PyStr.From($"{Name(g.Origin)}[{string.Join(", ", args.Select(Name))}]");
        });
        // types.GenericAlias(origin, args), what __class_getitem__ = classmethod(GenericAlias) calls.
        ga.New((cls, args, kw) => args.Length == 2
            ? new PyGenericAlias(args[0], args[1])
            : throw PyError.TypeError($"GenericAlias expected 2 arguments, got {args.Length}"));
        ga.Method("__call__", (self, args, kw) => Ops.Call(((PyGenericAlias)self).Origin, args, kw));
        ga.Getter("__origin__", self => ((PyGenericAlias)self).Origin);
        ga.Getter("__args__", self => ((PyGenericAlias)self).Args is PyTuple t ? t : PyTuple.Of(((PyGenericAlias)self).Args));
        static PyTuple GaArgs(PyObject o) => ((PyGenericAlias)o).Args is PyTuple t ? t : PyTuple.Of(((PyGenericAlias)o).Args);
        ga.Binary("__eq__", (a, b) => b is PyGenericAlias gb
            ? Py.Bool(Ops.EqBool(((PyGenericAlias)a).Origin, gb.Origin) && Ops.EqBool(GaArgs(a), GaArgs(gb)))
            : Py.NotImplemented);
        ga.Method0("__hash__", self => PyInt.From(Ops.Hash(((PyGenericAlias)self).Origin) ^ Ops.Hash(GaArgs(self))));
        ga.Binary("__or__", (a, b) => Builtins.BuiltinsModule.MakeUnion(a, b));
        ga.Binary("__ror__", (a, b) => Builtins.BuiltinsModule.MakeUnion(b, a));
        ga.Method1("__getattr__", (self, name) => Ops.GetAttr(((PyGenericAlias)self).Origin, ((PyStr)name).Value));
    }

    /// <summary>The slot wrapper's check: `d.__get__(None, None)` has nothing to bind to.</summary>
    private static PyObject? NoneNone(ReadOnlySpan<PyObject> args) =>
        args.Length > 0 && args[0] == Py.None && (args.Length < 2 || args[1] == Py.None)
            ? throw PyError.TypeError("__get__(None, None) is invalid") : null;

    private static PyObject CopyProperty(PyProperty p, PyObject fn, int which)
    {
        var np = new PyProperty(which == 0 ? fn : p.FGet, which == 1 ? fn : p.FSet, which == 2 ? fn : p.FDel, p.Doc) { Type = p.Type, Name = p.Name };
        if (which == 0 && np.Doc == null) np.Doc = Ops.GetAttrOrNull(fn, "__doc__");
        return np;
    }
}

public static class SuperMethods
{
    /// <summary>The attribute `name` along type(obj).__mro__ after `after` (what super() finds).</summary>
    public static PyObject? LookupAfter(PyType start, PyType after, string name)
    {
        var mro = start.Mro;
        int i = Array.IndexOf(mro, after);
        for (int j = i + 1; j < mro.Length; j++)
            if (mro[j].Attrs.TryGetValue(name, out var v)) return v;
        return null;
    }

    public static PySuper Create(PyObject typeObj, PyObject? obj)
    {
        if (typeObj is not PyType t) throw PyError.TypeError($"super() argument 1 must be a type, not {typeObj.Type.Name}");
        if (obj == null || obj == Py.None) return new PySuper(t, null, null);
        if (obj is PyType ot && ot.IsSubtypeOf(t)) return new PySuper(t, obj, ot);
        if (obj.Type.IsSubtypeOf(t)) return new PySuper(t, obj, obj.Type);
        throw PyError.TypeError($"super(type, obj): obj ({(obj is PyType ? "type" : "instance of")} {(obj is PyType pt2 ? pt2.Name : obj.Type.Name)}) is not an instance or subtype of type ({t.Name}).");
    }

    /// <summary>super() with no arguments: the calling frame's __class__ cell and first argument.</summary>
    private static PySuper ZeroArg()
    {
        var f = ThreadState.Current.Frame ?? throw PyError.Runtime("super(): no current frame");
        var code = f.Code;
        if (code.ArgCount == 0 && (code.Flags & CodeFlags.VarArgs) == 0) throw PyError.Runtime("super(): no arguments");
        var first = f.Fast[0].O;
        if (first is PyCell c0 && (code.LocalKinds[0] & LocalKind.Cell) != 0) first = c0.Value;
        if (first == null) throw PyError.Runtime("super(): arg[0] deleted");
        int idx = Array.IndexOf(code.LocalNames, "__class__");
        if (idx < 0 || (code.LocalKinds[idx] & LocalKind.Free) == 0) throw PyError.Runtime("super(): __class__ cell not found");
        var cls = (f.Fast[idx].O as PyCell)?.Value ?? throw PyError.Runtime("super(): empty __class__ cell");
        return Create(cls, first);
    }

    public static void Register(PyType t)
    {
        t.New((cls, args, kw) =>
        {
            ArgCheck.NoKw("super", kw);
            return args.Length switch
            {
                0 => ZeroArg(),
                1 => Create(args[0], null),
                2 => Create(args[0], args[1]),
                _ => throw PyError.TypeError($"super() takes at most 2 arguments ({args.Length} given)"),
            };
        });
        t.Method("__init__", (self, args, kw) => Py.None);
        t.Method1("__getattribute__", (self, nameObj) =>
        {
            var s = (PySuper)self;
            string name = ((PyStr)nameObj).Value;
            if (s.ObjType != null && name != "__class__")
            {
                var d = LookupAfter(s.ObjType, s.ThisType, name);
                if (d != null)
                    return Ops.BindDescriptor(d, s.Obj == s.ObjType ? null : s.Obj, s.ObjType);
            }
            return Ops.GenericGetAttr(self, name) ?? throw PyError.AttributeError($"'super' object has no attribute '{name}'");
        });
        t.Method0("__repr__", self =>
        {
            var s = (PySuper)self;
            return PyStr.From(s.ObjType == null ? $"<super: <class '{s.ThisType.Name}'>, NULL>"
                : $"<super: <class '{s.ThisType.Name}'>, <{s.ObjType.Name} object>>");
        });
        t.Getter("__thisclass__", self => ((PySuper)self).ThisType);
        t.Getter("__self__", self => ((PySuper)self).Obj ?? Py.None);
        t.Getter("__self_class__", self => (PyObject?)((PySuper)self).ObjType ?? Py.None);
    }
}

public static class ModuleMethods
{
    public static void Register(PyType t)
    {
        t.New((cls, args, kw) => new PyModule("?") { Type = cls });
        t.Method("__init__", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("module", args, kw, ["name", "doc"], 1);
            var m = (PyModule)self;
            m.Name = ((PyStr)a[0]!).Value;
            m.Globals.Set("__name__", a[0]!);
            m.Globals.Set("__doc__", a[1] ?? Py.None);
            foreach (var unset in new[] { "__package__", "__loader__", "__spec__" }) m.Globals.Set(unset, Py.None);
            return Py.None;
        });
        t.Method0("__repr__", self =>
        {
            var m = (PyModule)self;
            var file = m.Globals.Get("__file__");
            return PyStr.From(file is PyStr fs ? $"<module '{m.Name}' from '{fs.Value}'>" : $"<module '{m.Name}'>");
        });
        t.Getter("__dict__", self => self.Dict!);
        // PEP 562: a module-level __dir__ function answers dir(module).
        t.Method0("__dir__", self => self.Dict!.Get("__dir__") is { } dir
            ? Ops.Call(dir)
            : new PyList(self.Dict!.Pairs().Select(p => p.Key).ToArray()));
    }
}

public static class GeneratorMethods
{
    private static PyBaseException ThrowArg(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) throw PyError.TypeError("throw expected at least 1 argument, got 0");
        var t = args[0];
        if (t is PyType tt && tt.IsSubtypeOf(Types.BaseException))
        {
            if (args.Length > 1 && args[1] is PyBaseException v) return v;
            if (args.Length > 1 && args[1] != Py.None) return (PyBaseException)Ops.Call(tt, args[1]);
            return (PyBaseException)Ops.Call(tt);
        }
        if (t is PyBaseException e)
        {
            if (args.Length > 1 && args[1] != Py.None) throw PyError.TypeError("instance exception may not have a separate value");
            return e;
        }
        throw PyError.TypeError("exceptions must be classes or instances deriving from BaseException, not " + t.Type.Name);
    }

    public static void Register()
    {
        foreach (var t in new[] { Types.Generator, Types.Coroutine })
        {
            bool coro = t == Types.Coroutine;
            string kind = coro ? "coroutine" : "generator";
            t.Method0("__repr__", self => PyStr.From($"<{kind} object {((PyGenerator)self).QualName} at 0x{ObjectMethods.Id(self):x12}>"));
            t.Method1("send", (self, v) => ((PyGenerator)self).Send(v));
            t.Method("throw", (self, args, kw) => ((PyGenerator)self).Throw(ThrowArg(args)));
            t.Method0("close", self => ((PyGenerator)self).Close());
            t.GetSet("__name__", self => PyStr.From(((PyGenerator)self).Name), (self, v) => ((PyGenerator)self).Name = ((PyStr)v!).Value);
            t.GetSet("__qualname__", self => PyStr.From(((PyGenerator)self).QualName), (self, v) => ((PyGenerator)self).QualName = ((PyStr)v!).Value);
            string pre = coro ? "cr" : "gi";
            t.Getter($"{pre}_running", self => Py.Bool(((PyGenerator)self).Running));
            t.Getter($"{pre}_frame", self => ((PyGenerator)self).Frame is { } f ? new PyFrameObject(f) : Py.None);
            t.Getter($"{pre}_code", self => ((PyGenerator)self).Frame?.Code ?? (PyObject)Py.None);
            t.Getter(coro ? "cr_await" : "gi_yieldfrom", self => ((PyGenerator)self).DelegateTarget ?? Py.None);
            t.Getter($"{pre}_suspended", self => Py.Bool(((PyGenerator)self).Started && ((PyGenerator)self).Frame != null && !((PyGenerator)self).Running));
            if (!coro)
            {
                t.Method0("__iter__", self => self);
                t.Method0("__next__", self => ((PyGenerator)self).Send(Py.None));
            }
            else
            {
                t.Method0("__await__", self => new PyCoroutineWrapper((PyGenerator)self));
            }
        }
        var w = Types.CoroutineWrapper;
        w.Method0("__iter__", self => self);
        w.Method0("__await__", self => self);
        w.Method0("__next__", self => self is PyAnextDefault a ? a.Send(Py.None) : ((PyCoroutineWrapper)self).Coro.Send(Py.None));
        w.Method1("send", (self, v) => self is PyAnextDefault a ? a.Send(v) : ((PyCoroutineWrapper)self).Coro.Send(v));
        w.Method("throw", (self, args, kw) => ((PyCoroutineWrapper)self).Coro.Throw(ThrowArg(args)));
        w.Method0("close", self => { ((PyCoroutineWrapper)self).Coro.Close(); return Py.None; });
    }
}

/// <summary>What coroutine.__await__() returns: an iterator driving the coroutine.</summary>
public sealed class PyCoroutineWrapper(PyGenerator coro) : PyObject(Types.CoroutineWrapper)
{
    public readonly PyGenerator Coro = coro;
}
