using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Codec;

/// <summary>`pickle`: dumps/loads (and dump/load over file objects) with CPython's byte format, protocols 0-5.</summary>
internal static class PickleModule
{
    public static readonly NativeModuleDef Def = new("pickle", Exec);

    private static PyError Err(PyModule m, string cls, string msg) =>
        new((PyBaseException)Ops.Call(m.Globals.Get(cls)!, PyStr.From(msg)));

    private static int Protocol(PyObject? p)
    {
        if (p == null || p == Py.None) return 4;
        long v = Ops.Index(p).ToInt64();
        if (v < 0) return 5;
        if (v > 5) throw PyError.ValueError("pickle protocol must be <= 5");
        return (int)v;
    }

    internal static PyObject FindClass(Interpreter interp, string module, string name)
    {
        PyObject o = interp.Importer.ImportName(module, new PyDict(), PyTuple.Of(PyStr.From("*")), 0);
        foreach (var part in name.Split('.'))
            o = Ops.GetAttrOrNull(o, part) ?? throw PyError.AttributeError($"Can't get attribute '{name}' on {Ops.ReprString(o)}");
        return o;
    }

    private static void Exec(Interpreter interp, PyModule m)
    {
        ModuleKit.RunPython(interp, m, """
            class PickleError(Exception):
                __module__ = '_pickle'


            class PicklingError(PickleError):
                __module__ = '_pickle'


            class UnpicklingError(PickleError):
                __module__ = '_pickle'
            """);
        m.Globals.Set("HIGHEST_PROTOCOL", PyInt.From(5));
        m.Globals.Set("DEFAULT_PROTOCOL", PyInt.From(4));
        PyObject Dumps(PyObject obj, PyObject? proto) =>
            new PyBytes(new Pickler(Protocol(proto), msg => Err(m, "PicklingError", msg), interp).Dump(obj));
        PyObject Loads(PyObject data)
        {
            if (data is PyStr) throw PyError.TypeError("a bytes-like object is required, not 'str'");
            var bytes = BinasciiModule.Data(data, false, "loads");
            return new Unpickler(bytes, msg => Err(m, "UnpicklingError", msg), (mod, name) => FindClass(interp, mod, name)).Load();
        }
        ModuleKit.Fn(m, "dumps", (s, a, k) =>
        {
            var b = ArgCheck.Bind("dumps", a, k, ["obj", "protocol", "fix_imports", "buffer_callback"], 1, kwOnlyFrom: 2);
            return Dumps(b[0]!, b[1]);
        });
        ModuleKit.Fn(m, "loads", (s, a, k) =>
        {
            var b = ArgCheck.Bind("loads", a, k, ["data", "fix_imports", "encoding", "errors", "buffers"], 1, kwOnlyFrom: 1);
            return Loads(b[0]!);
        });
        ModuleKit.Fn(m, "dump", (s, a, k) =>
        {
            var b = ArgCheck.Bind("dump", a, k, ["obj", "file", "protocol", "fix_imports", "buffer_callback"], 2, kwOnlyFrom: 3);
            Ops.Call(Ops.GetAttr(b[1]!, "write"), Dumps(b[0]!, b[2]));
            return Py.None;
        });
        ModuleKit.Fn(m, "load", (s, a, k) =>
        {
            var b = ArgCheck.Bind("load", a, k, ["file", "fix_imports", "encoding", "errors", "buffers"], 1, kwOnlyFrom: 1);
            return Loads(Ops.Call(Ops.GetAttr(b[0]!, "read")));
        });
    }
}
