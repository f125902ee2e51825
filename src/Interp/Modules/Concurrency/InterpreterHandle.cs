using System.Collections.Concurrent;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `interpreters.Interpreter`: a handle on an interpreter of this process (Python 3.14's
/// `concurrent.interpreters.Interpreter`). Handles are shareable; running code in the target
/// releases the caller's GIL first, so two threads driving two interpreters run in parallel.
/// </summary>
internal sealed class InterpreterHandle(Interpreter target) : PyObject(HandleType), ICrossInterpreterHandle
{
    public static readonly PyType HandleType = MakeType();

    /// <summary>Interpreters created from Python (id → interpreter, and who created it), until closed.</summary>
    private static readonly ConcurrentDictionary<long, (Interpreter Interp, Interpreter Parent)> Created = new();

    public readonly Interpreter Target = target;

    public static InterpreterHandle Create(Interpreter parent)
    {
        var child = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions
        {
            // CPython's subinterpreters write to the process's stdout and stderr, as their creator does.
            Stdout = parent.Stdout,
            Stderr = parent.Stderr,
        });
        Created[child.Id] = (child, parent);
        return new InterpreterHandle(child);
    }

    /// <summary>The root of the creation chain of an interpreter (the "main" one as Python sees it).</summary>
    public static Interpreter MainOf(Interpreter interp)
    {
        while (Created.TryGetValue(interp.Id, out var entry)) interp = entry.Parent;
        return interp;
    }

    public static IEnumerable<Interpreter> AllFrom(Interpreter current)
    {
        var main = MainOf(current);
        yield return main;
        foreach (var (_, entry) in Created.OrderBy(p => p.Key))
            if (!entry.Interp.IsClosed && MainOf(entry.Interp) == main) yield return entry.Interp;
    }

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "Interpreter", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(ConcurrencyErrors.Module);
        t.Getter("id", self => PyInt.From(H(self).Id));
        t.Getter("whence", self => PyStr.From(Created.ContainsKey(T(self).Id) ? "stdlib" : "runtime init"));
        t.Method0("is_running", self => Py.Bool(T(self).IsRunning));
        t.Method0("close", self => { Close(T(self)); return Py.None; });
        t.Method1("exec", (self, code) => { Exec(T(self), code); return Py.None; });
        t.Method("prepare_main", (self, args, kw) => { PrepareMain(T(self), args, kw); return Py.None; });
        t.Method("call", (self, args, kw) => CallIn(T(self), args, kw));
        t.Method("call_in_thread", (self, args, kw) => CallInThread(self, args, kw));
        t.Method0("__repr__", self => PyStr.From($"Interpreter({H(self).Id})"));
        t.Method0("__hash__", self => PyInt.From(H(self).Id));
        t.Binary("__eq__", (a, b) => b is InterpreterHandle o ? Py.Bool(o.Target == H(a)) : Py.NotImplemented);
        t.IsImmutable = true;
        return t;
    }

    private static Interpreter H(PyObject self) => ((InterpreterHandle)self).Target;

    /// <summary>The target of an operation: it must still exist.</summary>
    private static Interpreter T(PyObject self)
    {
        var target = ((InterpreterHandle)self).Target;
        if (target.IsClosed) throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterNotFoundError, $"unrecognized interpreter ID {target.Id}");
        return target;
    }

    private static void Close(Interpreter target)
    {
        var current = ThreadState.Current.Interp;
        if (target == current) throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterError, "cannot destroy the current interpreter");
        if (!Created.TryRemove(target.Id, out _))
            throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterError, $"cannot destroy unrecognized interpreter {target.Id}");
        if (target.IsRunning) throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterError, "interpreter running");
        target.Close();
    }

    private static void Exec(Interpreter target, PyObject code)
    {
        if (code is not PyStr source) throw PyError.TypeError($"expected a string, got {code.Type.Name}");
        RunIn(target, () => { target.Exec(source.Value); return Py.None; });
    }

    /// <summary>Binds shareable values in the target's `__main__` (anything else: NotShareableError).</summary>
    private static void PrepareMain(Interpreter target, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        var pairs = new List<(PyObject Name, PyObject Value)>();
        if (args.Length - nkw > 1) throw PyError.TypeError($"prepare_main() takes from 1 to 2 positional arguments but {args.Length - nkw + 1} were given");
        if (args.Length - nkw == 1 && args[0] != Py.None)
            foreach (var (k, v) in Ops.ToList(Ops.Call(Ops.GetAttr(args[0], "items"))).Select(p => (Ops.GetItem(p, PyInt.From(0)), Ops.GetItem(p, PyInt.From(1)))))
                pairs.Add((k, Shareable.Share(v)));
        for (int i = 0; i < nkw; i++) pairs.Add((PyStr.From(kw![i]), Shareable.Share(args[args.Length - nkw + i])));
        RunIn(target, () =>
        {
            var globals = target.MainModule.Globals;
            foreach (var (name, value) in pairs) globals.Set(name, value);
            return Py.None;
        });
    }

    /// <summary>`call(callable, *args, **kwargs)`: arguments and result cross as shareables, copies or pickles.</summary>
    private static PyObject CallIn(Interpreter target, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        if (args.Length - nkw < 1) throw PyError.TypeError("call() missing required argument 'callable' (pos 1)");
        var fn = CallableRef.From(args[0]);
        var sent = new PyObject[args.Length - 1];
        for (int i = 1; i < args.Length; i++) sent[i - 1] = Shareable.Transfer(args[i]);
        var names = nkw == 0 ? null : kw;
        var result = RunIn(target, () =>
        {
            var received = new PyObject[sent.Length];
            for (int i = 0; i < sent.Length; i++) received[i] = Shareable.Receive(sent[i]);
            return Shareable.Transfer(Ops.Call(fn.Resolve(target), received, names));
        });
        return Shareable.Receive(result);
    }

    /// <summary>`call_in_thread(callable, *args, **kwargs)`: a started `threading.Thread` of the caller that runs `call`.</summary>
    private static PyObject CallInThread(PyObject self, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        _ = T(self);
        int nkw = kw?.Length ?? 0;
        if (args.Length - nkw < 1) throw PyError.TypeError("call_in_thread() missing required argument 'callable' (pos 1)");
        var kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) kwargs.Set(kw![i], args[args.Length - nkw + i]);
        var threading = ThreadState.Current.Interp.ImportModule("threading");
        var thread = Ops.Call(Ops.GetAttr(threading, "Thread"),
            [Ops.GetAttr(self, "call"), PyTuple.Of(args[..(args.Length - nkw)]), kwargs], ["target", "args", "kwargs"]);
        Ops.Call(Ops.GetAttr(thread, "start"));
        return thread;
    }

    /// <summary>
    /// Runs a body in the target: leaves the caller's GIL, runs under the target's, takes the
    /// caller's back. An exception in the target becomes ExecutionFailed here (only its text crosses).
    /// </summary>
    private static PyObject RunIn(Interpreter target, Func<PyObject> body)
    {
        var current = ThreadState.Current.Interp;
        if (target == current || target.IsRunning)
            throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterError, "interpreter already running");
        PythonException? failure = null;
        PyObject result = Py.None;
        // The caller's limits hold inside the target too: its deadline or cancellation stops both.
        using var interruption = current.LinkInterruption();
        using (current.ReleaseGil())
        {
            try { result = target.RunHosted(body, interruption.Token); }
            catch (PythonException e) { failure = e; }
            catch (InterpreterClosedException) { }
        }
        if (target.IsClosed) throw ConcurrencyErrors.Error(ConcurrencyErrors.InterpreterNotFoundError, $"unrecognized interpreter ID {target.Id}");
        if (failure != null) throw ConcurrencyErrors.Failed(failure);
        return result;
    }
}
