using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// Two test modules named after CPython's: `_testsinglephase` keeps its counter in a process-wide
/// static (the legacy kind, refused in isolated interpreters), `_testmultiphase` keeps it in its
/// per-interpreter module state. `bump()` adds one and returns the count.
/// </summary>
internal static class TestModules
{
    private static long _processWideCount;

    public static void ExecSinglePhase(Interpreter interp, PyModule m)
    {
        m.Globals.Set("bump", new PyBuiltinFunction("bump", (_, a, kw) =>
        {
            ArgCheck.Count("bump", a, 0, 0);
            return PyInt.From(Interlocked.Increment(ref _processWideCount));
        }, m));
        _ = interp;
    }

    private sealed class Counter
    {
        public long Count;
    }

    public static void ExecMultiPhase(Interpreter interp, PyModule m)
    {
        m.NativeState = new Counter();
        m.Globals.Set("bump", new PyBuiltinFunction("bump", (self, a, kw) =>
        {
            ArgCheck.Count("bump", a, 0, 0);
            return PyInt.From(++((Counter)((PyModule)self).NativeState!).Count);
        }, m));
        _ = interp;
    }
}
