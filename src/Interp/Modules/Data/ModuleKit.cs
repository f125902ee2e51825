using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp.Modules.Data;

/// <summary>Helpers shared by the data modules: native functions and the Python layer of a module.</summary>
internal static class ModuleKit
{
    public static void Fn(PyModule m, string name, NativeFn fn) => m.Globals.Set(name, new PyBuiltinFunction(name, fn, m));

    /// <summary>
    /// Runs a module's Python part in its globals. The parts that are plain class plumbing (keyword
    /// handling, subclassable classes) are written in Python; the code object is compiled once per
    /// process and shared, only the module's objects are per interpreter.
    /// </summary>
    public static void RunPython(Interpreter interp, PyModule m, string source)
    {
        var code = PythonRuntime.Compile(source, $"<frozen {m.Name}>", ParseMode.Exec);
        if (m.Globals.Get("__builtins__") == null) m.Globals.Set("__builtins__", interp.Modules.Get("builtins") ?? Py.None);
        interp.RunCode(code, m.Globals, m.Globals);
    }

    /// <summary>
    /// `_line_col(doc, pos)`: (line, column, whether doc has a newline) of a position in str or
    /// bytes, for error classes that report where a problem is (json, re).
    /// </summary>
    public static PyObject LineCol(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        string doc = args[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Span),
            var o => throw PyError.TypeError($"expected str or bytes, not {o.Type.Name}"),
        };
        int pos = (int)Math.Clamp(Ops.IndexClamped(args[1]), 0, doc.Length);
        int line = 1, lastNl = -1;
        for (int i = 0; i < pos; i++)
            if (doc[i] == '\n') { line++; lastNl = i; }
        return PyTuple.Of(PyInt.From(line), PyInt.From(pos - lastNl), Py.Bool(doc.Contains('\n')));
    }

    public static PyObject? Opt(PyObject? o) => o == null || o == Py.None ? null : o;

    public static string Str(PyObject o, string what) =>
        o is PyStr s ? s.Value : throw PyError.TypeError($"{what} must be str, not {o.Type.Name}");
}
