using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Builtins;

/// <summary>A write-only text stream over the interpreter's output sink (sys.stdout / sys.stderr).</summary>
public sealed class PyTextSink(TextWriter writer, string name) : PyObject(SysModule.TextSinkType)
{
    public readonly TextWriter Writer = writer;
    public readonly string Name = name;
}

/// <summary>A minimal `sys`: argv, path, modules, recursion limit, stdout/stderr, exit, version info.</summary>
public static class SysModule
{
    internal static readonly PyType TextSinkType = CreateSinkType();

    private static PyType CreateSinkType()
    {
        var t = new PyType(Types.Type, "TextIOWrapper", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_io");
        t.Method1("write", (self, s) =>
        {
            if (s is not PyStr ps) throw PyError.TypeError($"write() argument must be str, not {s.Type.Name}");
            ((PyTextSink)self).Writer.Write(ps.Value);
            return PyInt.From(ps.Value.Length);
        });
        t.Method0("flush", self => { ((PyTextSink)self).Writer.Flush(); return Py.None; });
        t.Method0("isatty", self => Py.False);
        t.Method0("writable", self => Py.True);
        t.Getter("encoding", self => PyStr.From("utf-8"));
        t.Method0("__repr__", self => PyStr.From($"<_io.TextIOWrapper name='<{((PyTextSink)self).Name}>' mode='w' encoding='utf-8'>"));
        t.IsImmutable = true;
        return t;
    }

    public static PyObject? Get(Interpreter interp, string name) =>
        interp.Modules.Get("sys") is PyModule m ? m.Globals.Get(name) : null;

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("sys");
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        var argv = interp.Options.Argv ?? [""];
        d.Set("argv", new PyList(argv.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        d.Set("path", new PyList((interp.Options.SearchPaths ?? []).Select(a => (PyObject)PyStr.From(a)).ToArray()));
        d.Set("modules", interp.Modules);
        d.Set("stdout", new PyTextSink(interp.Stdout, "stdout"));
        d.Set("stderr", new PyTextSink(interp.Stderr, "stderr"));
        d.Set("stdin", new PyTextSource(interp.Options.Stdin ?? TextReader.Null));
        d.Set("__stdin__", d.Get("stdin")!);
        d.Set("__stdout__", d.Get("stdout")!);
        d.Set("__stderr__", d.Get("stderr")!);
        d.Set("version_info", PyTuple.Of(PyInt.From(3), PyInt.From(13), PyInt.From(0), PyStr.From("final"), PyInt.From(0)));
        d.Set("version", PyStr.From("3.13.0 (GilGrid)"));
        d.Set("platform", PyStr.From("linux"));
        d.Set("byteorder", PyStr.From("little"));
        d.Set("maxsize", PyInt.From(long.MaxValue));
        d.Set("maxunicode", PyInt.From(0x10FFFF));
        d.Set("implementation", PyStr.From("gilgrid"));
        d.Set("builtin_module_names", PyTuple.Of(PyStr.From("builtins"), PyStr.From("sys")));
        F("getrecursionlimit", (self, args, kw) => PyInt.From(interp.RecursionLimit));
        F("getswitchinterval", (self, args, kw) => new PyFloat(interp.SwitchInterval));
        F("setswitchinterval", (self, args, kw) =>
        {
            ArgCheck.Count("setswitchinterval", args, 1, 1);
            double v = FloatMethods.ToDouble(args[0]);
            if (!(v > 0)) throw PyError.ValueError("switch interval must be strictly positive");
            interp.SwitchInterval = v;
            return Py.None;
        });
        F("setrecursionlimit", (self, args, kw) =>
        {
            ArgCheck.Count("setrecursionlimit", args, 1, 1);
            if (args[0] is not PyInt i) throw PyError.TypeError("'" + args[0].Type.Name + "' object cannot be interpreted as an integer");
            if (i.Sign <= 0) throw PyError.ValueError("recursion limit must be greater or equal than 1");
            var ts = ThreadState.Current;
            if (i.ToInt64() <= ts.Depth)
                throw PyError.Recursion($"cannot set the recursion limit to {i.V} at the recursion depth {ts.Depth}: the limit is too low");
            interp.RecursionLimit = (int)Math.Min(i.V, int.MaxValue);
            return Py.None;
        });
        F("exit", (self, args, kw) => throw new PyError(PyBaseException.Create(Types.SystemExit, args.ToArray())));
        F("exception", (self, args, kw) => (PyObject?)ThreadState.Current.TopmostHandled() ?? Py.None);
        F("exc_info", (self, args, kw) =>
        {
            var e = ThreadState.Current.TopmostHandled();
            return e == null ? PyTuple.Of(Py.None, Py.None, Py.None) : PyTuple.Of(e.Type, e, (PyObject?)e.Traceback ?? Py.None);
        });
        F("get_int_max_str_digits", (self, args, kw) => PyInt.From(interp.IntMaxStrDigits));
        F("set_int_max_str_digits", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("set_int_max_str_digits", args, kw, ["maxdigits"], 1);
            long v = Ops.Index(a[0]!).V;
            if (v != 0 && v < 640) throw PyError.ValueError("maxdigits must be 0 or larger than 640");
            interp.IntMaxStrDigits = (int)Math.Min(v, int.MaxValue);
            return Py.None;
        });
        F("getsizeof", (self, args, kw) => PyInt.From(64));
        F("intern", (self, args, kw) => args[0]);
        F("_getframe", (self, args, kw) =>
        {
            var f = ThreadState.Current.Frame;
            long depth = args.Length > 0 ? Ops.Index(args[0]).V : 0;
            for (long i = 0; i < depth && f != null; i++) f = f.Back;
            return f == null ? throw PyError.ValueError("call stack is not deep enough") : new PyFrameObject(f);
        });
        return m;
    }
}

/// <summary>Turns the parser's SyntaxErrorException into a Python SyntaxError object.</summary>
public static class SyntaxErrors
{
    public static PyBaseException ToPython(SyntaxErrorException e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => Types.IndentationError,
            SyntaxErrorKind.TabError => Types.TabError,
            _ => Types.SyntaxError,
        };
        var details = PyTuple.Of(PyStr.From(e.FileName), PyInt.From(e.Line), PyInt.From(e.Offset),
            e.Text == null ? Py.None : PyStr.From(e.Text), PyInt.From(e.EndLine), PyInt.From(e.EndOffset));
        return PyBaseException.Create(type, PyStr.From(e.PyMessage), details);
    }
}
