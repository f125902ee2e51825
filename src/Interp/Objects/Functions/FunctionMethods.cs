using GilGrid.Interp.Compiler;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>function, method, builtin function, cell and code objects.</summary>
public static class FunctionMethods
{
    public static void Register()
    {
        var f = Types.Function;
        f.Method0("__repr__", self => PyStr.From($"<function {((PyFunction)self).QualName} at 0x{ObjectMethods.Id(self):x12}>"));
        f.Method("__call__", (self, args, kw) => Ops.Call(self, args, kw));
        f.Method("__get__", (self, args, kw) => args.Length == 0 || args[0] == Py.None ? self : new PyMethod(self, args[0]));
        f.GetSet("__name__", self => PyStr.From(((PyFunction)self).Name),
            (self, v) => ((PyFunction)self).Name = v is PyStr s ? s.Value : throw PyError.TypeError("__name__ must be set to a string object"));
        f.GetSet("__qualname__", self => PyStr.From(((PyFunction)self).QualName),
            (self, v) => ((PyFunction)self).QualName = v is PyStr s ? s.Value : throw PyError.TypeError("__qualname__ must be set to a string object"));
        f.GetSet("__doc__", self => ((PyFunction)self).Doc, (self, v) => ((PyFunction)self).Doc = v ?? Py.None);
        f.GetSet("__module__", self => ((PyFunction)self).Module, (self, v) => ((PyFunction)self).Module = v ?? Py.None);
        f.GetSet("__defaults__", self => ((PyFunction)self).Defaults is { } d ? PyTuple.Of(d) : Py.None,
            (self, v) => ((PyFunction)self).Defaults = v is PyTuple t ? t.Items : null);
        f.GetSet("__kwdefaults__", self => (PyObject?)((PyFunction)self).KwDefaults ?? Py.None,
            (self, v) => ((PyFunction)self).KwDefaults = v as PyDict);
        f.GetSet("__annotations__", self => ((PyFunction)self).Annotations ??= new PyDict(),
            (self, v) => ((PyFunction)self).Annotations = v as PyDict);
        f.GetSet("__code__", self => ((PyFunction)self).Code,
            (self, v) => ((PyFunction)self).Code = v as CodeObject ?? throw PyError.TypeError("__code__ must be set to a code object"));
        f.Getter("__globals__", self => ((PyFunction)self).Globals);
        f.Getter("__builtins__", self => ThreadState.Current.Interp.BuiltinsDict);
        f.Getter("__closure__", self => ((PyFunction)self).Closure is { } c ? PyTuple.Of([.. c]) : Py.None);
        f.GetSet("__dict__", self => self.Dict ??= new PyDict(), (self, v) => self.Dict = v as PyDict ?? throw PyError.TypeError("__dict__ must be set to a dictionary"));
        f.GetSet("__type_params__", self => ((PyFunction)self).TypeParams, (self, v) => ((PyFunction)self).TypeParams =
            v as PyTuple ?? throw PyError.TypeError("__type_params__ must be set to a tuple"));

        var m = Types.Method;
        m.Method0("__repr__", self =>
        {
            var bm = (PyMethod)self;
            string name = Ops.GetAttrOrNull(bm.Func, "__qualname__") is PyStr q ? q.Value : "?";
            return PyStr.From($"<bound method {name} of {Ops.ReprString(bm.Self)}>");
        });
        m.Method("__call__", (self, args, kw) => Ops.Call(self, args, kw));
        // As CPython's method_getattro: the method type's own attributes, else the function's
        // (decorators mark functions: `f.__unittest_skip__` must read through the bound method).
        m.Method1("__getattribute__", (self, name) =>
        {
            string n = name is PyStr s ? s.Value : throw PyError.TypeError($"attribute name must be string, not '{name.Type.Name}'");
            return Ops.GenericGetAttr(self, n) ?? Ops.GetAttr(((PyMethod)self).Func, n);
        });
        // types.MethodType(func, obj): CPython's method_new checks.
        m.New((cls, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyError.TypeError("method() takes no keyword arguments");
            if (args.Length != 2) throw PyError.TypeError($"method expected 2 arguments, got {args.Length}");
            if (!Ops.IsCallable(args[0])) throw PyError.TypeError("first argument must be callable");
            if (args[1] == Py.None) throw PyError.TypeError("instance must not be None");
            return new PyMethod(args[0], args[1]);
        });
        m.Getter("__func__", self => ((PyMethod)self).Func);
        m.Getter("__self__", self => ((PyMethod)self).Self);
        m.Getter("__name__", self => Ops.GetAttr(((PyMethod)self).Func, "__name__"));
        m.Getter("__qualname__", self => Ops.GetAttr(((PyMethod)self).Func, "__qualname__"));
        m.Getter("__doc__", self => Ops.GetAttrOrNull(((PyMethod)self).Func, "__doc__") ?? Py.None);
        m.Getter("__module__", self => Ops.GetAttrOrNull(((PyMethod)self).Func, "__module__") ?? Py.None);
        m.Binary("__eq__", (a, b) => b is PyMethod mb ? Py.Bool(ReferenceEquals(((PyMethod)a).Self, mb.Self) && Ops.EqBool(((PyMethod)a).Func, mb.Func)) : Py.NotImplemented);
        m.Method0("__hash__", self => PyInt.From(Ops.Hash(((PyMethod)self).Func) ^ ObjectMethods.Id(((PyMethod)self).Self)));

        Types.BuiltinFunction.Method0("__repr__", self =>
        {
            var bf = (PyBuiltinFunction)self;
            return PyStr.From(bf.OwnerName == null || bf.Self is PyType
                ? $"<built-in function {bf.Name}>"
                : $"<built-in method {bf.Name} of {bf.Self.Type.Name} object at 0x{ObjectMethods.Id(bf.Self):x12}>");
        });
        Types.MethodWrapper.Method0("__repr__", self =>
        {
            var bf = (PyBuiltinFunction)self;
            return PyStr.From($"<method-wrapper '{bf.Name}' of {bf.Self.Type.Name} object at 0x{ObjectMethods.Id(bf.Self):x12}>");
        });
        foreach (var b in new[] { Types.BuiltinFunction, Types.MethodWrapper })
        {
            b.Method("__call__", (self, args, kw) => Ops.Call(self, args, kw));
            b.Getter("__name__", self => PyStr.From(((PyBuiltinFunction)self).Name));
            b.Getter("__qualname__", self => PyStr.From(((PyBuiltinFunction)self).QualName));
            b.Getter("__self__", self => ((PyBuiltinFunction)self).Self);
            b.Getter("__doc__", self => self is PyBuiltinFunction { Self: PyModule { Name: "builtins" }, Name: var n }
                && Builtins.BuiltinDocs.Of(n) is { } doc ? PyStr.From(doc) : Py.None);
            b.Getter("__module__", self => ((PyBuiltinFunction)self).Self is PyModule pm ? PyStr.From(pm.Name) : Py.None);
        }

        Types.Cell.GetSet("cell_contents", self => ((PyCell)self).Value ?? throw PyError.ValueError("Cell is empty"),
            (self, v) => ((PyCell)self).Value = v);
        Types.Cell.Method0("__repr__", self => PyStr.From(((PyCell)self).Value is { } v
            ? $"<cell at 0x{ObjectMethods.Id(self):x12}: {v.Type.Name} object at 0x{ObjectMethods.Id(v):x12}>"
            : $"<cell at 0x{ObjectMethods.Id(self):x12}: empty>"));

        var c = Types.Code;
        c.Getter("co_name", self => PyStr.From(((CodeObject)self).Name));
        c.Getter("co_qualname", self => PyStr.From(((CodeObject)self).QualName));
        c.Getter("co_filename", self => PyStr.From(((CodeObject)self).FileName));
        c.Getter("co_firstlineno", self => PyInt.From(((CodeObject)self).FirstLine));
        c.Getter("co_argcount", self => PyInt.From(((CodeObject)self).ArgCount));
        c.Getter("co_posonlyargcount", self => PyInt.From(((CodeObject)self).PosOnlyArgCount));
        c.Getter("co_kwonlyargcount", self => PyInt.From(((CodeObject)self).KwOnlyArgCount));
        c.Getter("co_flags", self => PyInt.From((int)((CodeObject)self).Flags));
        c.Getter("co_varnames", self => Names((CodeObject)self, LocalKind.Local));
        c.Getter("co_cellvars", self => Names((CodeObject)self, LocalKind.Cell));
        c.Getter("co_freevars", self => Names((CodeObject)self, LocalKind.Free));
        c.Getter("co_names", self => PyTuple.Of([.. ((CodeObject)self).Names.Select(n => (PyObject)PyStr.From(n))]));
        c.Getter("co_consts", self => PyTuple.Of([.. ((CodeObject)self).Consts.Where(x => x is not PyKwNames)]));
        c.Method0("__repr__", self =>
        {
            var co = (CodeObject)self;
            return PyStr.From($"<code object {co.Name} at 0x{ObjectMethods.Id(self):x12}, file \"{co.FileName}\", line {co.FirstLine}>");
        });
        Types.Frame.Getter("f_lineno", self => PyInt.From(((PyFrameObject)self).Frame.Line));
        Types.Frame.Getter("f_code", self => ((PyFrameObject)self).Frame.Code);
        Types.Frame.Getter("f_globals", self => ((PyFrameObject)self).Frame.Globals);
        Types.Frame.Getter("f_back", self => ((PyFrameObject)self).Frame.Back is { } bk ? new PyFrameObject(bk) : Py.None);
        Types.Traceback.Getter("tb_frame", self => new PyFrameObject(((PyTraceback)self).Frame));
        Types.Traceback.Getter("tb_lineno", self => PyInt.From(((PyTraceback)self).Line));
        Types.Traceback.Getter("tb_lasti", self => PyInt.From(((PyTraceback)self).Lasti * 2));
        Types.Traceback.GetSet("tb_next", self => (PyObject?)((PyTraceback)self).Next ?? Py.None, (self, v) =>
        {
            // Writable as in CPython (unittest cuts its own frames off a failure's traceback).
            if (v == null) throw PyError.TypeError("can't delete tb_next attribute");
            if (v != Py.None && v is not PyTraceback) throw PyError.TypeError($"expected traceback object or None, got '{v.Type.Name}'");
            var next = v as PyTraceback;
            for (var t = next; t != null; t = t.Next)
                if (t == self) throw PyError.ValueError("traceback loop detected");
            ((PyTraceback)self).Next = next;
        });
    }

    private static PyTuple Names(CodeObject co, LocalKind kind)
    {
        var l = new List<PyObject>();
        for (int i = 0; i < co.LocalNames.Length; i++)
        {
            var k = co.LocalKinds[i];
            bool match = kind == LocalKind.Local ? (k & (LocalKind.Local | LocalKind.Arg)) != 0 : (k & kind) != 0 && (kind != LocalKind.Cell || (k & LocalKind.Free) == 0);
            if (match) l.Add(PyStr.From(co.LocalNames[i]));
        }
        return PyTuple.Of([.. l]);
    }
}

/// <summary>The Python face of a frame (`tb_frame`, `sys._getframe()`).</summary>
public sealed class PyFrameObject : PyObject
{
    public readonly Frame Frame;

    public PyFrameObject(Frame frame) : base(Types.Frame)
    {
        Frame = frame;
        frame.Escaped = true;   // Python code holds it now: never recycled (see Frame.Escaped)
    }
}
