using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using GilGrid.Interp.Modules.Concurrency;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Hosting
{
    /// <summary>
    /// A function a host grants to one interpreter as part of a host module. Arguments and the result
    /// cross as <see cref="CrossValue"/>s (so the host never holds a Python object); it runs on the
    /// calling Python thread, under the GIL unless it waits through <see cref="HostCall.Block{T}"/>.
    /// </summary>
    public delegate CrossValue HostFunction(HostCall call);

    /// <summary>One call of a <see cref="HostFunction"/>: its arguments, and leaving the GIL to wait.</summary>
    public sealed class HostCall
    {
        private readonly Interpreter _interp;

        internal HostCall(Interpreter interp, IReadOnlyList<CrossValue> args, IReadOnlyDictionary<string, CrossValue> kwargs)
        {
            _interp = interp;
            Args = args;
            Kwargs = kwargs;
        }

        public IReadOnlyList<CrossValue> Args { get; }

        public IReadOnlyDictionary<string, CrossValue> Kwargs { get; }

        /// <summary>
        /// Runs a blocking wait outside the GIL (CPython's Py_BEGIN_ALLOW_THREADS), with a token that
        /// fires when the interpreter's running code is interrupted (its call's cancellation or
        /// deadline). An <see cref="OperationCanceledException"/> from that token stops the Python
        /// code like any interruption.
        /// </summary>
        public T Block<T>(Func<CancellationToken, T> wait)
        {
            using var interruption = _interp.LinkInterruption();
            try
            {
                using (_interp.ReleaseGil()) return wait(interruption.Token);
            }
            catch (OperationCanceledException) when (interruption.IsCancellationRequested)
            {
                throw new ExecutionInterruptedException("cancelled");
            }
        }
    }

    /// <summary>
    /// A Python exception a <see cref="HostFunction"/> raises: a builtin exception type by name
    /// ("RuntimeError", "TimeoutError", ...), an `interpreters` error ("QueueEmpty", "QueueFull",
    /// "NotShareableError"), or, through <see cref="ExecutionFailed"/>, `interpreters.ExecutionFailed`
    /// for an exception raised in another interpreter.
    /// </summary>
    public sealed class HostError : Exception
    {
        public HostError(string typeName, string message) : base(message) => TypeName = typeName;

        private HostError(PythonException remote) : base(remote.Message)
        {
            TypeName = "ExecutionFailed";
            Remote = remote;
        }

        public string TypeName { get; }

        internal PythonException? Remote { get; }

        /// <summary>Another interpreter's uncaught exception, as `interp.call()` reports it.</summary>
        public static HostError ExecutionFailed(string typeName, string message, string traceback) =>
            new(new PythonException(typeName, message, traceback));

        internal PyError ToPyError(Interpreter interp)
        {
            if (Remote is not null) return ConcurrencyErrors.Failed(Remote);
            var type = TypeName switch
            {
                "QueueEmpty" => ConcurrencyErrors.QueueEmpty,
                "QueueFull" => ConcurrencyErrors.QueueFull,
                "NotShareableError" => NotShareable.Type,
                _ => interp.BuiltinsDict.Get(TypeName) as PyType is { } t && t.IsSubtypeOf(Types.BaseException)
                    ? t : throw new ArgumentException($"'{TypeName}' is not a builtin exception type"),
            };
            return PyError.Make(type, Message);
        }
    }

    /// <summary>One interpreter's host modules, consulted by the importer after the native ones.</summary>
    internal sealed class HostModuleTable
    {
        private readonly Dictionary<string, NativeModuleDef> _modules = new(StringComparer.Ordinal);

        public void Add(string name, IReadOnlyDictionary<string, HostFunction> functions) =>
            _modules[name] = new NativeModuleDef(name, (interp, module) =>
            {
                foreach (var (fname, fn) in functions)
                    module.Globals.Set(fname, new PyBuiltinFunction(fname, (_, args, kwNames) => Invoke(interp, fn, args, kwNames), module));
            });

        public NativeModuleDef? Find(string name) => _modules.GetValueOrDefault(name);

        private static PyObject Invoke(Interpreter interp, HostFunction fn, ReadOnlySpan<PyObject> args, string[]? kwNames)
        {
            int k = kwNames?.Length ?? 0, n = args.Length - k;
            var positional = new CrossValue[n];
            for (int i = 0; i < n; i++) positional[i] = Shareable.ToCross(args[i]);
            var keywords = new Dictionary<string, CrossValue>(k);
            for (int i = 0; i < k; i++) keywords[kwNames![i]] = Shareable.ToCross(args[n + i]);
            try
            {
                return Shareable.FromCross(fn(new HostCall(interp, positional, keywords)));
            }
            catch (HostError e)
            {
                throw e.ToPyError(interp);
            }
        }
    }
}

namespace GilGrid.Interp
{
    public sealed partial class Interpreter
    {
        private HostModuleTable? _hostModules;

        /// <summary>
        /// Grants this interpreter alone a native module made of host functions (how an interpreter
        /// grain gives its Python code the `gilgrid` module): `import name` finds it here after the
        /// modules every interpreter has; other interpreters never see it.
        /// </summary>
        public void AddHostModule(string name, IReadOnlyDictionary<string, HostFunction> functions)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            ArgumentNullException.ThrowIfNull(functions);
            lock (_gil) (_hostModules ??= new HostModuleTable()).Add(name, functions);
        }

        internal NativeModuleDef? FindHostModule(string name) => _hostModules?.Find(name);
    }
}
