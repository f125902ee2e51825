using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp;

/// <summary>
/// The host API the pool and the grid stand on: configuration, values in and out as
/// <see cref="CrossValue"/>, per-call cancellation, closing, and leaving the GIL around blocking waits.
/// Every entry point takes the interpreter's lock, so any thread may call; Python errors surface as
/// <see cref="PythonException"/>, limits as <see cref="ExecutionInterruptedException"/>, after which
/// the interpreter is usable again.
/// </summary>
public sealed partial class Interpreter
{
    private static long _nextId = -1;

    private CancellationToken _callCancellation;
    private volatile bool _closed;

    public Interpreter(InterpreterConfig config, InterpreterOptions? options = null) : this(options)
    {
        Config = config;
        _gil = config.Gil == GilMode.Shared ? Gil.Shared : new Gil();
        RecursionLimit = config.RecursionLimit;
    }

    public InterpreterConfig Config { get; } = InterpreterConfig.Main;

    private AllocationLedger? _allocations;

    /// <summary>The accounting behind <see cref="InterpreterConfig.AllocationQuota"/> (see <see cref="Allocation"/>).</summary>
    internal AllocationLedger Allocations =>
        _allocations ?? Interlocked.CompareExchange(ref _allocations, new AllocationLedger(Config.AllocationQuota ?? long.MaxValue), null) ?? _allocations;

    /// <summary>
    /// Bytes of tracked storage this interpreter's objects hold (blocks of 1 KB and more, as charged
    /// against the quota), not counting blocks the .NET collector has already reclaimed.
    /// </summary>
    public long AllocatedBytes => _allocations?.Bytes ?? 0;

    /// <summary>Process-unique id (the first interpreter of the process is 0, as CPython's main).</summary>
    public long Id { get; } = Interlocked.Increment(ref _nextId);

    public bool IsClosed => _closed;

    /// <summary>
    /// True while a host call, or code another interpreter runs here (`Interpreter.exec/call`), is
    /// inside this interpreter, blocked waits included; threads started by its `threading` do not
    /// count (CPython's "running main" check). Counted rather than read off the lock, because a
    /// Shared interpreter's lock is held while any Shared interpreter runs.
    /// </summary>
    public bool IsRunning => Volatile.Read(ref _running) > 0;

    private int _running;

    /// <summary>The interpreter whose `threading` started the current OS thread (its runs are not "running main").</summary>
    [ThreadStatic] private static Interpreter? _threadOwner;

    /// <summary>Marks the current OS thread as a thread of <paramref name="interp"/>'s `threading`.</summary>
    internal static void MarkThreadOf(Interpreter interp) => _threadOwner = interp;

    /// <summary>Holds the GIL for a host entry point and counts it as running (see <see cref="IsRunning"/>).</summary>
    private RunningScope EnterRunning()
    {
        _gil.Enter();
        bool counted = _threadOwner != this;
        if (counted) Interlocked.Increment(ref _running);
        return new RunningScope(this, counted);
    }

    private readonly struct RunningScope(Interpreter interp, bool counted) : IDisposable
    {
        public void Dispose()
        {
            if (counted) Interlocked.Decrement(ref interp._running);
            interp._gil.Exit();
        }
    }

    /// <summary>Runs source in `__main__`; cancellation stops it like a deadline would.</summary>
    public void Exec(string source, CancellationToken cancellation) => Exec(source, "<string>", cancellation);

    /// <summary>Runs source in `__main__` under a file name (tracebacks show it); cancellable.</summary>
    public void Exec(string source, string fileName, CancellationToken cancellation) =>
        WithCancellation(cancellation, () => { Exec(source, fileName); return 0; });

    /// <summary><see cref="ExecProgram(string, string)"/>, cancellable.</summary>
    public void ExecProgram(string source, string fileName, CancellationToken cancellation) =>
        WithCancellation(cancellation, () => { ExecProgram(source, fileName); return 0; });

    /// <summary>
    /// Runs one entry of an interactive prompt in `__main__` (CPython's `single` mode, file
    /// "&lt;stdin&gt;"): an expression statement's value goes to sys.displayhook, tracebacks show the
    /// entry's lines.
    /// </summary>
    public void ExecInteractive(string source, CancellationToken cancellation = default) =>
        WithCancellation(cancellation, () => Run(() =>
        {
            var code = CompileSource(source, "<stdin>", Syntax.ParseMode.Single);
            RememberSource(code, source);
            return RunCode(code, MainModule.Globals, MainModule.Globals);
        }));

    /// <summary>Evaluates an expression in `__main__` and converts the result for the host.</summary>
    public CrossValue EvalValue(string expression, CancellationToken cancellation = default) =>
        WithCancellation(cancellation, () => Convert(() => Eval(expression)));

    /// <summary>Imports a module (so that its import errors surface here, with a traceback).</summary>
    public void Import(string module, CancellationToken cancellation = default) =>
        WithCancellation(cancellation, () => Run(() => ImportModule(module)));

    /// <summary>
    /// Calls `module.function(*args, **kwargs)` (module "__main__" for functions defined by Exec):
    /// arguments are built fresh in this interpreter, the result is converted (copied if it is a
    /// list, dict or set; NotShareableError when it cannot cross).
    /// </summary>
    public CrossValue Call(string module, string function, IReadOnlyList<CrossValue>? args = null,
        IReadOnlyDictionary<string, CrossValue>? kwargs = null, CancellationToken cancellation = default) =>
        WithCancellation(cancellation, () => Convert(() =>
        {
            var fn = Ops.GetAttr(ImportModule(module), function);
            int n = args?.Count ?? 0, k = kwargs?.Count ?? 0;
            var all = new PyObject[n + k];
            for (int i = 0; i < n; i++) all[i] = Shareable.FromCross(args![i]);
            string[]? names = k == 0 ? null : new string[k];
            int j = 0;
            foreach (var (name, v) in kwargs ?? new Dictionary<string, CrossValue>())
            {
                names![j] = name;
                all[n + j++] = Shareable.FromCross(v);
            }
            return Ops.Call(fn, all, names);
        }));

    /// <summary>
    /// Runs a module's source and registers it in `sys.modules` under <paramref name="name"/>, so that
    /// `import name` finds it without any file (how the pool and the grid install plugins).
    /// </summary>
    public void InstallModule(string name, string source, string? fileName = null)
    {
        fileName ??= name.Replace('.', '/') + ".py";
        Run(() =>
        {
            var code = CompileSource(source, fileName, Syntax.ParseMode.Exec);
            var m = new PyModule(name);
            var g = m.Globals;
            g.Set("__file__", PyStr.From(fileName));
            g.Set("__builtins__", MainModule.Globals.Get("__builtins__")!);
            g.Set("__package__", PyStr.From(name.Contains('.') ? name[..name.LastIndexOf('.')] : ""));
            g.Set("__spec__", Py.None);
            Modules.Set(name, m);
            try { RunCode(code, g, g); }
            catch { Modules.Remove(PyStr.From(name)); throw; }
            return Py.None;
        });
    }

    /// <summary>
    /// Makes modules importable from source text (a plugin bundle): `import name` then runs them
    /// lazily, in import order, like files on sys.path but without any file system. A later source
    /// under the same name replaces an earlier one for imports not yet made.
    /// </summary>
    public void AddModuleSources(IEnumerable<ModuleSource> modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        Run(() =>
        {
            foreach (var module in modules) ModuleSources.Add(module);
            return Py.None;
        });
    }

    /// <summary>Names of the modules added by <see cref="AddModuleSources"/>.</summary>
    public IReadOnlyCollection<string> ModuleSourceNames => ModuleSources.Names;

    /// <summary>Binds names in `__main__` to shareable values (CPython's `prepare_main`): copies are refused.</summary>
    public void PrepareMain(IReadOnlyDictionary<string, CrossValue> values)
    {
        Run(() =>
        {
            var globals = MainModule.Globals;
            foreach (var (name, v) in values)
            {
                if (!v.IsShareable) throw PyError.Make(NotShareable.Type, $"{v.TypeName} value for '{name}' does not support cross-interpreter data");
                globals.Set(name, Shareable.FromCross(v));
            }
            return Py.None;
        });
    }

    /// <summary>Forgets every module and refuses further calls; waits for running code to finish first.</summary>
    public void Close()
    {
        _gil.Enter();
        try
        {
            if (_closed) return;
            _closed = true;
            _modules = null;
            _builtinsDict = null;
            _importer = null;
            _threads.Clear();
            SourceCache.Clear();
            _allocations?.Release();
        }
        finally
        {
            _gil.Exit();
        }
    }

    public void Dispose() => Close();

    internal PyObject ImportModule(string module)
    {
        if (module == "__main__") return MainModule;
        Importer.ImportName(module, MainModule.Globals, Py.None, 0);
        return Modules.Get(module) ?? throw PyError.ImportError($"No module named '{module}'");
    }

    /// <summary>Runs the body under the GIL and converts its result while still holding it.</summary>
    private CrossValue Convert(Func<PyObject> body)
    {
        CrossValue? result = null;
        Run(() =>
        {
            result = Shareable.ToCross(body());
            return Py.None;
        });
        return result!;
    }

    private T WithCancellation<T>(CancellationToken cancellation, Func<T> body)
    {
        if (!cancellation.CanBeCanceled) return body();
        cancellation.ThrowIfCancellationRequested();
        _gil.Enter();
        var saved = _callCancellation;
        _callCancellation = cancellation;
        try { return body(); }
        finally
        {
            _callCancellation = saved;
            _gil.Exit();
        }
    }

    private void ThrowIfClosed()
    {
        if (_closed) throw new InterpreterClosedException(Id);
    }

    /// <summary>Runs a body under this interpreter's GIL with the host's error mapping (for the `interpreters` module).</summary>
    internal PyObject RunHosted(Func<PyObject> body) => Run(body);

    /// <summary>Like <see cref="RunHosted(Func{PyObject})"/>, stopped when <paramref name="cancellation"/> fires.</summary>
    internal PyObject RunHosted(Func<PyObject> body, CancellationToken cancellation) => WithCancellation(cancellation, () => Run(body));

    /// <summary>
    /// A token that fires when this interpreter's running code would be interrupted (its cancellation
    /// tokens or its deadline), so that code it runs in another interpreter stops with it.
    /// </summary>
    internal CancellationTokenSource LinkInterruption()
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(Options.Cancellation, _callCancellation);
        if (_deadline != DateTime.MaxValue)
        {
            var left = _deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) cts.Cancel();
            else cts.CancelAfter(left);
        }
        return cts;
    }

    /// <summary>
    /// The checks of a budget tick without spending budget, for code that blocks outside the
    /// dispatch loop (queue waits, sleeps): cancellation and the deadline stop it too.
    /// </summary>
    internal void CheckInterrupt()
    {
        if (Options.Cancellation.IsCancellationRequested || CallCancelled) throw new ExecutionInterruptedException("cancelled");
        if (_deadline != DateTime.MaxValue && DateTime.UtcNow > _deadline) throw new ExecutionInterruptedException("deadline exceeded");
    }

    /// <summary>The per-call token, checked beside the options' one at each budget tick.</summary>
    private bool CallCancelled => _callCancellation.IsCancellationRequested;

    /// <summary>
    /// Leaves the GIL (every recursive hold of it) for a blocking wait or to run code in another
    /// interpreter, and takes it back on Dispose, as CPython's Py_BEGIN_ALLOW_THREADS does.
    /// </summary>
    internal GilRelease ReleaseGil() => new(_gil, _gil.ExitAll());

    internal readonly struct GilRelease(Gil gil, int held) : IDisposable
    {
        public void Dispose()
        {
            if (held > 0) gil.Take(held);
        }
    }

    /// <summary>`sys.getswitchinterval()`, in seconds: a property of the lock (Shared interpreters share it).</summary>
    public double SwitchInterval
    {
        get => _gil.SwitchInterval;
        internal set => _gil.SwitchInterval = value;
    }

    /// <summary>Takes the GIL as a waiting thread (the holder yields to it at the switch interval).</summary>
    internal void TakeGil() => _gil.Take(1);

    /// <summary>Leaves one hold of the GIL taken by <see cref="TakeGil"/>.</summary>
    internal void LeaveGil() => _gil.Exit();

    /// <summary>Subclasses of process-wide builtin types made in this interpreter (for `__subclasses__`).</summary>
    private Dictionary<PyType, List<WeakReference<PyType>>>? _builtinSubclasses;

    internal void AddBuiltinSubclass(PyType builtin, PyType sub)
    {
        _builtinSubclasses ??= [];
        if (!_builtinSubclasses.TryGetValue(builtin, out var list)) _builtinSubclasses[builtin] = list = [];
        list.Add(new WeakReference<PyType>(sub));
    }

    internal List<PyType> BuiltinSubclasses(PyType builtin)
    {
        var live = new List<PyType>();
        if (_builtinSubclasses?.GetValueOrDefault(builtin) is { } list)
            foreach (var w in list)
                if (w.TryGetTarget(out var s)) live.Add(s);
        return live;
    }

    /// <summary>Refuses a legacy native module where CPython would (a subinterpreter that checks extensions).</summary>
    internal void CheckModuleSupport(NativeModuleDef def)
    {
        bool refuse = def.Support == ModuleSupport.NotSupported
            || (def.Support == ModuleSupport.Supported && Config.Gil == GilMode.Own);
        if (refuse && Config.CheckMultiInterpreterExtensions)
        {
            var e = PyError.ImportError($"module {def.Name} does not support loading in subinterpreters");
            e.Exc.SetAttrDict("name", PyStr.From(def.Name));
            throw e;
        }
    }
}

/// <summary>The interpreter was closed; it runs nothing more.</summary>
public sealed class InterpreterClosedException(long id) : InvalidOperationException($"interpreter {id} is closed")
{
    public long InterpreterId { get; } = id;
}
