using GilGrid.Interp.Compiler;
using GilGrid.Interp.Diagnostics;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.Syntax;

namespace GilGrid.Interp;

/// <summary>Options for one interpreter: output sinks and the program's argv.</summary>
public sealed class InterpreterOptions
{
    public TextWriter? Stdout { get; init; }
    public TextWriter? Stderr { get; init; }
    /// <summary>`sys.stdin` and `input()`; none by default (an empty stream: `input()` raises EOFError).</summary>
    public TextReader? Stdin { get; init; }
    /// <summary>`sys.argv`; defaults to [""] like an embedded CPython.</summary>
    public IReadOnlyList<string>? Argv { get; init; }
    /// <summary>Folders put first on `sys.path` (a `run FILE` puts the script's folder here).</summary>
    public IReadOnlyList<string>? SearchPaths { get; init; }
    /// <summary>Stops the code with <see cref="ExecutionInterruptedException"/> when cancelled.</summary>
    public CancellationToken Cancellation { get; init; }
    /// <summary>Wall-clock limit per Exec/Eval call.</summary>
    public TimeSpan? Timeout { get; init; }
    /// <summary>Maximum budget slices (of ~10,000 back-edges/calls each) per Exec/Eval call.</summary>
    public long? TickBudget { get; init; }
}

/// <summary>
/// One isolated Python interpreter: its own modules, builtins, sys and lock. Creating one does
/// almost nothing; builtins and sys appear on first use. Calls are serialised on the interpreter's
/// lock (its own GIL) and may come from any thread.
/// </summary>
public sealed partial class Interpreter : IDisposable
{
    private readonly Hosting.Gil _gil = new();
    private readonly Dictionary<int, ThreadState> _threads = [];
    private PyDict? _builtinsDict;
    private PyDict? _modules;
    private Importer? _importer;
    private Hosting.ModuleSourceTable? _moduleSources;
    private DateTime _deadline;
    private long _slicesLeft;

    public Interpreter(InterpreterOptions? options = null) => Options = options ?? new InterpreterOptions();

    public InterpreterOptions Options { get; }
    public TextWriter Stdout => Options.Stdout ?? Console.Out;
    public TextWriter Stderr => Options.Stderr ?? Console.Error;

    public int RecursionLimit { get; internal set; } = 1000;

    /// <summary>sys.get_int_max_str_digits(): CPython's guard against quadratic int/str conversions (0 = off).</summary>
    public int IntMaxStrDigits { get; internal set; } = 4300;

    /// <summary>sys.modules.</summary>
    internal PyDict Modules => _modules ??= new PyDict();
    internal PyDict BuiltinsDict => _builtinsDict ??= CreateBuiltins();
    internal Importer Importer => _importer ??= new Importer(this);
    internal Hosting.ModuleSourceTable ModuleSources => _moduleSources ??= new Hosting.ModuleSourceTable();
    internal PyObject BuildClassFunction => BuiltinsDict.Get("__build_class__")!;
    /// <summary>Sources of the files this interpreter ran (for traceback source lines).</summary>
    internal readonly Dictionary<string, string> SourceCache = [];
    /// <summary>
    /// Sources of host-run pseudo-files ("&lt;string&gt;" of `run -c`, "&lt;stdin&gt;" of the prompt), by code
    /// object: many chunks share one pseudo-file name, so the name cannot find the text, as CPython
    /// 3.13 shows those lines too. Code compiled by Python's exec()/compile() is not entered.
    /// </summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<CodeObject, string> _hostSources = new();

    internal void RememberSource(CodeObject code, string source)
    {
        _hostSources.AddOrUpdate(code, source);
        foreach (var c in code.Consts)
            if (c is CodeObject nested) RememberSource(nested, source);
    }

    /// <summary>The source text a code object was compiled from, when it is known.</summary>
    internal string? SourceOf(CodeObject code) =>
        SourceCache.TryGetValue(code.FileName, out var src) ? src : _hostSources.TryGetValue(code, out var given) ? given : null;

    private PyDict CreateBuiltins()
    {
        var b = Builtins.BuiltinsModule.Create(this);
        _builtinsDict = b.Globals;
        Modules.Set("builtins", b);
        Modules.Set("sys", Builtins.SysModule.Create(this));
        return b.Globals;
    }

    internal PyModule MainModule
    {
        get
        {
            _ = BuiltinsDict;
            if (Modules.Get("__main__") is PyModule m) return m;
            var main = new PyModule("__main__");
            main.Globals.Set("__builtins__", Modules.Get("builtins")!);
            main.Globals.Set("__package__", Py.None);
            main.Globals.Set("__spec__", Py.None);
            Modules.Set("__main__", main);
            return main;
        }
    }

    /// <summary>
    /// Runs source in this interpreter's `__main__`. A Python exception escapes as
    /// <see cref="PythonException"/> (SyntaxError included); `SystemExit` as <see cref="SystemExitException"/>.
    /// </summary>
    public void Exec(string source, string fileName = "<string>") => ExecInMain(source, fileName, keepSource: false);

    /// <summary>
    /// Runs a program's own source in `__main__`, as `python -c CODE` or `python - &lt; FILE` does:
    /// its lines show in tracebacks even under a pseudo-file name such as "&lt;string&gt;".
    /// </summary>
    public void ExecProgram(string source, string fileName) => ExecInMain(source, fileName, keepSource: true);

    private void ExecInMain(string source, string fileName, bool keepSource) =>
        Run(() =>
        {
            var code = CompileSource(source, fileName, ParseMode.Exec);
            if (keepSource) RememberSource(code, source);
            var main = MainModule;
            if (fileName != "<string>" && main.Globals.Get("__file__") == null) main.Globals.Set("__file__", PyStr.From(fileName));
            RunCode(code, main.Globals, main.Globals);
            return Py.None;
        });

    /// <summary>Evaluates an expression in `__main__` and returns its repr.</summary>
    public string EvalRepr(string expression) =>
        Run(() => Ops.Repr(RunCode(CompileSource(expression, "<string>", ParseMode.Eval), MainModule.Globals, MainModule.Globals))) is PyStr s
            ? s.Value : "";

    /// <summary>Evaluates an expression in `__main__` and returns the Python object (use inside this interpreter only).</summary>
    public PyObject Eval(string expression) =>
        Run(() => RunCode(CompileSource(expression, "<string>", ParseMode.Eval), MainModule.Globals, MainModule.Globals));

    /// <summary>Compiles without running (the code object is immutable and shareable between interpreters).</summary>
    public static CodeObject Compile(string source, string fileName = "<string>")
    {
        try { return PythonRuntime.Compile(source, fileName, ParseMode.Exec); }
        catch (SyntaxErrorException e) { throw new PythonException(e.Kind.ToString(), SyntaxMessage(e), SyntaxErrorFormat.Format(e)); }
    }

    /// <summary>Runs a compiled code object in `__main__`.</summary>
    public void Exec(CodeObject code) => Run(() => RunCode(code, MainModule.Globals, MainModule.Globals));

    internal CodeObject CompileSource(string source, string fileName, ParseMode mode)
    {
        // Like linecache, pseudo-files such as "<string>" have no source lines in tracebacks.
        if (!(fileName.StartsWith('<') && fileName.EndsWith('>'))) SourceCache[fileName] = source;
        return PythonRuntime.Compile(source, fileName, mode);
    }

    internal PyObject RunCode(CodeObject code, PyDict globals, PyObject locals)
    {
        var ts = CurrentThreadState();
        var frame = new Frame(code, globals, BuiltinsDict, locals, null);
        return ts.Run(frame);
    }

    /// <summary>Takes the lock, enters the thread state, runs, and maps Python errors to host exceptions.</summary>
    private PyObject Run(Func<PyObject> body)
    {
        using (EnterRunning())
        {
            ThrowIfClosed();
            var ts = CurrentThreadState();
            using var scope = ts.Enter();
            _deadline = Options.Timeout is { } t ? DateTime.UtcNow + t : DateTime.MaxValue;
            _slicesLeft = Options.TickBudget ?? long.MaxValue;
            var savedFrame = ts.Frame;
            try
            {
                return body();
            }
            catch (SyntaxErrorException e)
            {
                throw new PythonException(e.Kind.ToString(), SyntaxMessage(e), SyntaxErrorFormat.Format(e));
            }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.SystemExit))
            {
                throw MakeSystemExit(e.Exc);
            }
            catch (PyError e)
            {
                throw new PythonException(e.Exc.Type.Name, e.Exc.StrNoThrow(), TracebackFormatter.Format(e.Exc, this));
            }
            finally
            {
                ts.Frame = savedFrame;
                ts.Depth = 0;
                ts.Handled = null;
            }
        }
    }

    private static string SyntaxMessage(SyntaxErrorException e) =>
        e.Line > 0 ? $"{e.PyMessage} ({Path.GetFileName(e.FileName)}, line {e.Line})" : e.PyMessage;

    private static SystemExitException MakeSystemExit(PyBaseException exc)
    {
        var code = exc.Args.Items.Length == 0 ? Py.None : exc.Args.Items.Length == 1 ? exc.Args.Items[0] : exc.Args;
        if (exc.GetAttrDict("code") is { } c) code = c;
        if (code == Py.None) return new SystemExitException(0, null);
        if (code is PyInt i) return new SystemExitException(i.IsBig ? -1 : (int)i.V, null);
        return new SystemExitException(1, Ops.StrString(code));
    }

    internal ThreadState CurrentThreadState()
    {
        int id = Environment.CurrentManagedThreadId;
        if (!_threads.TryGetValue(id, out var ts)) _threads[id] = ts = new ThreadState(this);
        return ts;
    }

    /// <summary>The cold budget check: cancellation, deadline and tick budget; Python cannot catch it.</summary>
    internal void CheckBudget()
    {
        _gil.YieldIfWanted();
        if (Options.Cancellation.IsCancellationRequested || CallCancelled) throw new ExecutionInterruptedException("cancelled");
        if (--_slicesLeft < 0) throw new ExecutionInterruptedException("tick budget exhausted");
        if (_deadline != DateTime.MaxValue && DateTime.UtcNow > _deadline) throw new ExecutionInterruptedException("deadline exceeded");
    }
}

/// <summary>
/// A Python exception that reached the host, CPython 3.14's `ExecutionFailed` shape: the type name,
/// str(exception), and the whole text CPython would print for it ("Traceback (most recent call
/// last):" ... "ZeroDivisionError: division by zero", or the SyntaxError block with its caret).
/// </summary>
public class PythonException(string typeName, string pyMessage, string formattedTraceback)
    : Exception(typeName + (pyMessage.Length > 0 ? ": " + pyMessage : ""))
{
    public string TypeName { get; } = typeName;
    public string PyMessage { get; } = pyMessage;
    public string FormattedTraceback { get; } = formattedTraceback;
}

/// <summary>`SystemExit` reached the host: the process exit code, and text to print on stderr (or null).</summary>
public sealed class SystemExitException(int exitCode, string? message) : Exception(message ?? $"exit {exitCode}")
{
    public int ExitCode { get; } = exitCode;
    public string? ExitMessage { get; } = message;
}
