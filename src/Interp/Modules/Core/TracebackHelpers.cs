using System.Text;
using GilGrid.Interp.Diagnostics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>
/// _traceback: the engine's own traceback formatter (the text an uncaught exception prints, with
/// CPython's carets and chaining) and source lines, for the Python-level traceback module.
/// </summary>
internal static class TracebackHelpers
{
    public static readonly NativeModuleDef Def = new("_traceback", Exec);

    private static void Exec(Interpreter interp, PyModule m)
    {
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        F("format_exception", (_, a, kw) =>
        {
            ArgCheck.Count("format_exception", a, 1, 1);
            return PyStr.From(TracebackFormatter.Format(Exc(a[0]), interp));
        });
        F("format_exception_only", (_, a, kw) =>
        {
            ArgCheck.Count("format_exception_only", a, 1, 1);
            return PyStr.From(TracebackFormatter.FormatExceptionOnly(Exc(a[0]), interp));
        });
        F("format_tb", (_, a, kw) =>
        {
            ArgCheck.Count("format_tb", a, 1, 1);
            if (a[0] == Py.None) return PyStr.From("");
            if (a[0] is not PyTraceback tb) throw PyError.TypeError($"expected a traceback, not {a[0].Type.Name}");
            var sb = new StringBuilder();
            TracebackFormatter.FormatFrames(tb, interp, sb);
            return PyStr.From(sb.ToString());
        });
        F("getline", (_, a, kw) =>
        {
            ArgCheck.Count("getline", a, 2, 2);
            string file = Ops.StrString(a[0]);
            long line = Ops.Index(a[1]).V;
            if (!interp.SourceCache.TryGetValue(file, out var src) || line < 1) return PyStr.From("");
            var lines = src.Split('\n');
            return PyStr.From(line <= lines.Length ? lines[line - 1] + "\n" : "");
        });
    }

    private static PyBaseException Exc(PyObject o) =>
        o as PyBaseException ?? throw PyError.TypeError($"Exception expected for value, {o.Type.Name} found");
}
