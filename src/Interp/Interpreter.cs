namespace GilGrid.Interp;

// PLACEHOLDER host API, agreed before the engine exists: the engine's owner replaces the bodies.
// Callers (Grains, Client, tests) code against these signatures.

/// <summary>Options for one interpreter: output sinks and the program's argv.</summary>
public sealed class InterpreterOptions
{
    public TextWriter? Stdout { get; init; }
    public TextWriter? Stderr { get; init; }
    /// <summary>`sys.argv`; defaults to [""] like an embedded CPython.</summary>
    public IReadOnlyList<string>? Argv { get; init; }
    /// <summary>Folders put first on `sys.path` (a `run FILE` puts the script's folder here).</summary>
    public IReadOnlyList<string>? SearchPaths { get; init; }
}

/// <summary>One isolated Python interpreter: its own modules, builtins and lock.</summary>
public sealed class Interpreter : IDisposable
{
    public Interpreter(InterpreterOptions? options = null) => Options = options ?? new InterpreterOptions();

    public InterpreterOptions Options { get; }

    /// <summary>
    /// Runs source in this interpreter's `__main__`. A Python exception escapes as
    /// <see cref="PythonException"/> (SyntaxError included); `SystemExit` as <see cref="SystemExitException"/>.
    /// </summary>
    public void Exec(string source, string fileName = "<string>") => throw new NotImplementedException();

    public void Dispose() { }
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
