using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// Carries a Python exception out of native code. Thrown only by C# code (builtins, protocols);
/// the dispatch loop catches it once, at the instruction that called the native code, and from then
/// on the exception is VM state unwound by the exception table.
/// </summary>
public sealed class PyError(PyBaseException exc) : Exception
{
    public readonly PyBaseException Exc = exc;
    public override string Message => Exc.Type.Name + ": " + Exc.StrNoThrow();

    public static PyError Make(PyType type, string message) => new(PyBaseException.Create(type, new PyStr(message)));
    public static PyError TypeError(string m) => Make(Types.TypeError, m);
    public static PyError ValueError(string m) => Make(Types.ValueError, m);
    public static PyError IndexError(string m) => Make(Types.IndexError, m);
    public static PyError KeyError(PyObject key) => new(PyBaseException.Create(Types.KeyError, key));
    public static PyError AttributeError(string m) => Make(Types.AttributeError, m);
    public static PyError NameError(string m) => Make(Types.NameError, m);
    public static PyError ZeroDivision(string m) => Make(Types.ZeroDivisionError, m);
    public static PyError Overflow(string m) => Make(Types.OverflowError, m);
    public static PyError Runtime(string m) => Make(Types.RuntimeError, m);
    public static PyError Recursion(string m) => Make(Types.RecursionError, m);
    public static PyError StopIteration() => new(PyBaseException.Create(Types.StopIteration));
    public static PyError NotImplemented(string m) => Make(Types.NotImplementedError, m);
    public static PyError ImportError(string m) => Make(Types.ImportError, m);
    public static PyError MemoryError() => new(PyBaseException.Create(Types.MemoryError));
}

/// <summary>
/// The budget, deadline or cancellation stopped the code. Not a Python exception: `except` cannot
/// catch it; it unwinds every frame up to the host.
/// </summary>
public sealed class ExecutionInterruptedException(string reason) : Exception(reason);
