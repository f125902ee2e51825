using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Core;

/// <summary>
/// gc over the .NET collector. Objects live in the shared .NET heap, so collect() runs a full
/// .NET collection (dead weak references then read as dead); enable/disable and the thresholds are
/// this interpreter's own settings and do not steer the .NET collector.
/// </summary>
internal static class GcModule
{
    public static readonly NativeModuleDef Def = new("gc", Exec);

    private sealed class State
    {
        public bool Enabled = true;
        public long[] Thresholds = [2000, 10, 10];
        public long Collections;
    }

    private static void Exec(Interpreter interp, PyModule m)
    {
        var st = new State();
        m.NativeState = st;
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        F("collect", (_, a, kw) =>
        {
            var b = ArgCheck.Bind("collect", a, kw, ["generation"], 0);
            if (b[0] is { } g && Ops.Index(g) is var gi && (gi.IsBig || gi.V < 0 || gi.V > 2))
                throw PyError.ValueError("invalid generation");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            st.Collections++;
            // The number of unreachable objects is unknown to us; CPython reports 0 when none were cyclic garbage.
            return PyInt.From(0);
        });
        F("enable", (_, a, kw) => { ArgCheck.Count("enable", a, 0, 0); st.Enabled = true; return Py.None; });
        F("disable", (_, a, kw) => { ArgCheck.Count("disable", a, 0, 0); st.Enabled = false; return Py.None; });
        F("isenabled", (_, a, kw) => { ArgCheck.Count("isenabled", a, 0, 0); return Py.Bool(st.Enabled); });
        F("get_threshold", (_, a, kw) =>
        {
            ArgCheck.Count("get_threshold", a, 0, 0);
            return PyTuple.Of(PyInt.From(st.Thresholds[0]), PyInt.From(st.Thresholds[1]), PyInt.From(st.Thresholds[2]));
        });
        F("set_threshold", (_, a, kw) =>
        {
            ArgCheck.NoKw("set_threshold", kw);
            ArgCheck.Count("set_threshold", a, 1, 3);
            for (int i = 0; i < a.Length; i++) st.Thresholds[i] = Ops.Index(a[i]).V;
            return Py.None;
        });
        F("is_tracked", (_, a, kw) =>
        {
            ArgCheck.Count("is_tracked", a, 1, 1);
            // CPython tracks containers and instances, not atoms.
            return Py.Bool(a[0] is not (PyInt or PyFloat or PyStr) && a[0] != Py.None && a[0].Type != Types.Bytes);
        });
        F("get_stats", (_, a, kw) =>
        {
            ArgCheck.Count("get_stats", a, 0, 0);
            var gens = new PyObject[3];
            for (int i = 0; i < 3; i++)
            {
                var g = new PyDict();
                g.Set("collections", PyInt.From(i == 2 ? st.Collections : 0));
                g.Set("collected", PyInt.From(0));
                g.Set("uncollectable", PyInt.From(0));
                gens[i] = g;
            }
            return new PyList(gens);
        });
        d.Set("garbage", new PyList([]));
        d.Set("callbacks", new PyList([]));
        d.Set("DEBUG_STATS", PyInt.From(1));
        d.Set("DEBUG_COLLECTABLE", PyInt.From(2));
        d.Set("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        d.Set("DEBUG_SAVEALL", PyInt.From(32));
        d.Set("DEBUG_LEAK", PyInt.From(38));
    }
}
