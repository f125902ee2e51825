using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// Two test modules named after CPython's: `_testsinglephase` keeps its counter in a process-wide
/// static (the legacy kind, refused in isolated interpreters), `_testmultiphase` keeps it in its
/// per-interpreter module state. `bump()` adds one and returns the count; `probe`/`probe_max` instrument GIL tests.
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

    /// <summary>Instrumentation for GIL tests: how many threads were inside `probe(key)` at once, process-wide.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int[]> Probes = new();

    public static void ExecMultiPhase(Interpreter interp, PyModule m)
    {
        m.NativeState = new Counter();
        m.Globals.Set("probe", new PyBuiltinFunction("probe", (_, a, kw) =>
        {
            ArgCheck.Count("probe", a, 2, 2);
            var cell = Probes.GetOrAdd(Runtime.Ops.StrString(a[0]), _ => new int[2]);
            int inside = Interlocked.Increment(ref cell[0]);
            int max;
            while (inside > (max = Volatile.Read(ref cell[1])) && Interlocked.CompareExchange(ref cell[1], inside, max) != max) { }
            Thread.SpinWait((int)((PyInt)a[1]).V);
            Interlocked.Decrement(ref cell[0]);
            return Py.None;
        }, m));
        m.Globals.Set("probe_max", new PyBuiltinFunction("probe_max", (_, a, kw) =>
            PyInt.From(Probes.TryGetValue(Runtime.Ops.StrString(a[0]), out var cell) ? cell[1] : 0), m));
        m.Globals.Set("bump", new PyBuiltinFunction("bump", (self, a, kw) =>
        {
            ArgCheck.Count("bump", a, 0, 0);
            return PyInt.From(++((Counter)((PyModule)self).NativeState!).Count);
        }, m));
        _ = interp;
    }
}
