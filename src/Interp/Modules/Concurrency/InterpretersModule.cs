using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// The `interpreters` module (also `concurrent.interpreters`), following Python 3.14's
/// `concurrent.interpreters`: create/list interpreters, run code and calls in them, queues between
/// them, and the sharing rules. Its types are process-wide, so its module state is empty and each
/// importing interpreter just gets its own module object.
/// </summary>
internal static class InterpretersModule
{
    public static void Exec(Interpreter interp, PyModule m)
    {
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        F("create", (_, a, kw) =>
        {
            ArgCheck.NoKw("create", kw);
            ArgCheck.Count("create", a, 0, 0);
            return InterpreterHandle.Create(ThreadState.Current.Interp);
        });
        F("get_current", (_, a, kw) => { ArgCheck.Count("get_current", a, 0, 0); return new InterpreterHandle(ThreadState.Current.Interp); });
        F("get_main", (_, a, kw) => { ArgCheck.Count("get_main", a, 0, 0); return new InterpreterHandle(InterpreterHandle.MainOf(ThreadState.Current.Interp)); });
        F("list_all", (_, a, kw) =>
        {
            ArgCheck.Count("list_all", a, 0, 0);
            return new PyList(InterpreterHandle.AllFrom(ThreadState.Current.Interp).Select(i => (PyObject)new InterpreterHandle(i)).ToArray());
        });
        F("create_queue", (_, a, kw) =>
        {
            var args = ArgCheck.Bind("create_queue", a, kw, ["maxsize", "unbounditems"], 0, kwOnlyFrom: 1);
            long max = args[0] is { } ms ? Ops.IndexClamped(ms) : 0;
            var policy = UnboundMarker.PolicyOf(args[1], Unbound.Replace);
            return new QueueHandle(CrossQueue.Create((int)Math.Clamp(max, 0, int.MaxValue), policy));
        });
        F("is_shareable", (_, a, kw) =>
        {
            ArgCheck.NoKw("is_shareable", kw);
            ArgCheck.Count("is_shareable", a, 1, 1);
            return Py.Bool(Shareable.IsShareable(a[0]));
        });
        d.Set("Interpreter", InterpreterHandle.HandleType);
        d.Set("Queue", QueueHandle.HandleType);
        d.Set("UNBOUND", UnboundMarker.Unbound);
        d.Set("UNBOUND_ERROR", UnboundMarker.UnboundError);
        d.Set("UNBOUND_REMOVE", UnboundMarker.UnboundRemove);
        foreach (var t in new[]
        {
            ConcurrencyErrors.InterpreterError, ConcurrencyErrors.InterpreterNotFoundError, ConcurrencyErrors.ExecutionFailed,
            ConcurrencyErrors.NotShareableError, ConcurrencyErrors.QueueError, ConcurrencyErrors.QueueNotFoundError,
            ConcurrencyErrors.QueueEmpty, ConcurrencyErrors.QueueFull, ConcurrencyErrors.ItemInterpreterDestroyed,
        })
            d.Set(t.Name, t);
        _ = interp;
    }

    /// <summary>`concurrent`: a namespace package holding `concurrent.interpreters` (and later `futures`).</summary>
    public static void ExecPackage(Interpreter interp, PyModule m)
    {
        m.Globals.Set("__path__", new PyList());
        _ = interp;
    }
}
