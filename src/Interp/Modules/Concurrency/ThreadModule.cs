using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `_thread`: OS threads inside one interpreter. Each thread gets its own thread state and takes
/// turns on the interpreter's GIL (switch interval); blocking lock waits release the GIL. An
/// exception escaping a thread is printed to the interpreter's stderr, never thrown at the process.
/// </summary>
internal static class ThreadModule
{
    /// <summary>Python threads alive in any interpreter (for `_count`); a thread ident is its managed thread id.</summary>
    private sealed class State
    {
        public int Running;
    }

    public static void Exec(Interpreter interp, PyModule m)
    {
        m.NativeState = new State();
        var d = m.Globals;
        void F(string name, NativeFn fn) => d.Set(name, new PyBuiltinFunction(name, fn, m));
        F("allocate_lock", (_, a, kw) => { ArgCheck.Count("allocate_lock", a, 0, 0); return new PyLock(); });
        F("get_ident", (_, a, kw) => { ArgCheck.Count("get_ident", a, 0, 0); return PyInt.From(Environment.CurrentManagedThreadId); });
        F("get_native_id", (_, a, kw) => { ArgCheck.Count("get_native_id", a, 0, 0); return PyInt.From(Environment.CurrentManagedThreadId); });
        F("_count", (self, a, kw) => PyInt.From(Volatile.Read(ref ((State)((PyModule)self).NativeState!).Running)));
        F("start_new_thread", (self, a, kw) =>
        {
            ArgCheck.NoKw("start_new_thread", kw);
            ArgCheck.Count("start_new_thread", a, 2, 3);
            return Start((PyModule)self, a[0], a[1], a.Length > 2 ? a[2] : null, null);
        });
        // threading.Thread starts through this one, so that an uncaught exception is reported with the thread's name.
        F("_start_named_thread", (self, a, kw) =>
        {
            ArgCheck.Count("_start_named_thread", a, 4, 4);
            return Start((PyModule)self, a[1], a[2], a[3], Ops.StrString(a[0]));
        });
        // For threading's timed waits (the `time` module belongs to another family of modules).
        F("_monotonic", (_, a, kw) => new PyFloat(System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency));
        // threading.Thread reports an uncaught exception before the thread counts as finished (join sees it printed).
        F("_report_exception", (_, a, kw) =>
        {
            ArgCheck.Count("_report_exception", a, 2, 2);
            if (a[1] is not PyBaseException exc) throw PyError.TypeError("_report_exception() expects an exception");
            var current = ThreadState.Current.Interp;
            Report(current, Ops.StrString(a[0]), Diagnostics.TracebackFormatter.Format(exc, current));
            return Py.None;
        });
        d.Set("LockType", PyLock.LockType);
        d.Set("lock", PyLock.LockType);
        d.Set("error", Types.RuntimeError);
        d.Set("TIMEOUT_MAX", new PyFloat(PyLock.TimeoutMax));
        _ = interp;
    }

    private static PyObject Start(PyModule module, PyObject function, PyObject args, PyObject? kwargs, string? name)
    {
        var interp = ThreadState.Current.Interp;
        if (!interp.Config.AllowThreads) throw PyError.Runtime("thread is not supported for isolated subinterpreters");
        if (!Ops.IsCallable(function)) throw PyError.TypeError("first arg must be callable");
        if (args is not PyTuple argTuple) throw PyError.TypeError("2nd arg must be a tuple");
        if (kwargs != null && kwargs != Py.None && kwargs is not PyDict) throw PyError.TypeError("optional 3rd arg must be a dictionary");
        var kw = kwargs as PyDict;
        var state = (State)module.NativeState!;
        var started = new ManualResetEventSlim();
        int ident = 0;
        var thread = new Thread(() =>
        {
            ident = Environment.CurrentManagedThreadId;
            started.Set();
            Body(interp, state, function, argTuple.Items, kw, name);
        }, 8 << 20) { IsBackground = true };
        Interlocked.Increment(ref state.Running);
        thread.Start();
        started.Wait();
        return PyInt.From(ident);
    }

    private static void Body(Interpreter interp, State state, PyObject function, PyObject[] args, PyDict? kwargs, string? name)
    {
        try
        {
            Interpreter.MarkThreadOf(interp);
            interp.TakeGil();
            try
            {
                interp.RunHosted(() => Ops.CallEx(function, args, kwargs));
            }
            finally
            {
                interp.LeaveGil();
            }
        }
        catch (PythonException e) when (e.TypeName == "SystemExit")
        {
        }
        catch (PythonException e)
        {
            Report(interp, name != null ? $"Exception in thread {name}:" : $"Exception ignored in thread started by: {Describe(interp, function)}", e.FormattedTraceback);
        }
        catch (SystemExitException)
        {
        }
        catch (Exception e)
        {
            // Interruption (deadline, cancellation) or a closed interpreter: the thread just ends.
            Report(interp, $"Thread {name ?? "(unnamed)"} stopped:", e.Message);
        }
        finally
        {
            Interlocked.Decrement(ref state.Running);
        }
    }

    private static string Describe(Interpreter interp, PyObject function)
    {
        try { return interp.IsClosed ? function.Type.Name : Ops.StrString(Ops.Repr(function)); }
        catch (Exception) { return function.Type.Name; }
    }

    private static void Report(Interpreter interp, string header, string text)
    {
        try
        {
            lock (interp.Stderr) interp.Stderr.Write(header + "\n" + text.TrimEnd('\n') + "\n");
        }
        catch (Exception)
        {
            // A failing stderr must not take the process down with the thread.
        }
    }
}

/// <summary>`_thread.lock`: not owned (any thread may release it); waiting releases the GIL.</summary>
internal sealed class PyLock() : PyObject(LockType)
{
    public static readonly PyType LockType = MakeType();
    public const double TimeoutMax = 4294967.0;
    private readonly SemaphoreSlim _sem = new(1, 1);

    public bool IsLocked => _sem.CurrentCount == 0;

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "lock", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From("_thread");
        t.Method("acquire", (self, a, kw) => Acquire((PyLock)self, a, kw, "acquire"));
        t.Method("acquire_lock", (self, a, kw) => Acquire((PyLock)self, a, kw, "acquire_lock"));
        t.Method("__enter__", (self, a, kw) => Acquire((PyLock)self, a, kw, "__enter__"));
        t.Method0("release", self => { ((PyLock)self).Release(); return Py.None; });
        t.Method0("release_lock", self => { ((PyLock)self).Release(); return Py.None; });
        t.Method("__exit__", (self, a, kw) => { ((PyLock)self).Release(); return Py.None; });
        t.Method0("locked", self => Py.Bool(((PyLock)self).IsLocked));
        t.Method0("__repr__", self => PyStr.From($"<{(((PyLock)self).IsLocked ? "locked" : "unlocked")} _thread.lock object at 0x{ObjectMethods.Id(self):x}>"));
        t.IsImmutable = true;
        return t;
    }

    private static PyObject Acquire(PyLock l, ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        var args = ArgCheck.Bind(name, a, kw, ["blocking", "timeout"], 0);
        bool blocking = args[0] == null || Ops.IsTrue(args[0]!);
        double timeout = args[1] == null ? -1 : FloatMethods.ToDouble(args[1]!);
        if (!blocking && timeout != -1) throw PyError.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyError.ValueError("timeout value must be a non-negative number");
        if (timeout > TimeoutMax) throw PyError.Overflow("timeout value is too large");
        return Py.Bool(l.Acquire(blocking, timeout < 0 ? null : TimeSpan.FromSeconds(timeout)));
    }

    /// <summary>Takes the lock; a wait releases the GIL and checks for interruption every 100 ms.</summary>
    public bool Acquire(bool blocking, TimeSpan? timeout)
    {
        if (_sem.Wait(0)) return true;
        if (!blocking) return false;
        var interp = ThreadState.Current.Interp;
        long deadline = timeout is { } t ? Environment.TickCount64 + (long)Math.Ceiling(t.TotalMilliseconds) : long.MaxValue;
        using (interp.ReleaseGil())
        {
            while (true)
            {
                long left = deadline - Environment.TickCount64;
                if (left <= 0) return _sem.Wait(0);
                if (_sem.Wait((int)Math.Min(left, 100))) return true;
                interp.CheckInterrupt();
            }
        }
    }

    public void Release()
    {
        if (!IsLocked) throw PyError.Runtime("release unlocked lock");
        try { _sem.Release(); }
        catch (SemaphoreFullException) { throw PyError.Runtime("release unlocked lock"); }
    }
}
