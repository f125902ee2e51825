using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// The exception types of `interpreters` and its queues. Like the builtin exception types they are
/// process-wide and immutable, so an error class means the same thing in every interpreter (an
/// `except interpreters.QueueEmpty` works whichever interpreter made the queue).
/// </summary>
internal static class ConcurrencyErrors
{
    public const string Module = "interpreters";

    public static readonly PyType InterpreterError = Make("InterpreterError", Types.Exception);
    public static readonly PyType InterpreterNotFoundError = Make("InterpreterNotFoundError", InterpreterError);
    public static readonly PyType ExecutionFailed = MakeExecutionFailed();
    public static readonly PyType QueueError = Make("QueueError", Types.RuntimeError);
    public static readonly PyType QueueNotFoundError = Make("QueueNotFoundError", QueueError);
    public static readonly PyType QueueEmpty = Make("QueueEmpty", QueueError);
    public static readonly PyType QueueFull = Make("QueueFull", QueueError);
    public static readonly PyType ItemInterpreterDestroyed = Make("ItemInterpreterDestroyed", QueueError);
    public static PyType NotShareableError => NotShareable.Type;

    private static PyType Make(string name, PyType @base, Action<PyType>? members = null)
    {
        var t = new PyType(Types.Type, name, [@base]);
        t.Mro = PyType.ComputeMro(t);
        t.Layout = @base.Layout;
        t.Attrs["__module__"] = PyStr.From(Module);
        members?.Invoke(t);
        t.IsImmutable = true;
        return t;
    }

    /// <summary>
    /// ExecutionFailed(excinfo): args[0] is the formatted "Type: message" line; str() appends the
    /// other interpreter's traceback ("Uncaught in the interpreter:"), as CPython 3.13/3.14 do.
    /// </summary>
    private static PyType MakeExecutionFailed() => Make("ExecutionFailed", InterpreterError, t =>
        t.Method0("__str__", self =>
        {
            var exc = (PyBaseException)self;
            string super = exc.Args.Items.Length == 1 ? Ops.StrString(exc.Args.Items[0]) : Ops.StrString(exc.Args);
            if (exc.GetAttrDict("excinfo") is ExceptionSnapshot info)
                return PyStr.From($"{super}\n\nUncaught in the interpreter:\n\n{info.ErrDisplay}");
            return PyStr.From(super);
        }));

    public static PyError Error(PyType type, string message) => PyError.Make(type, message);

    public static PyError Failed(PythonException e)
    {
        var snapshot = new ExceptionSnapshot(e);
        var err = PyError.Make(ExecutionFailed, snapshot.Formatted);
        err.Exc.SetAttrDict("excinfo", snapshot);
        return err;
    }
}

/// <summary>
/// What the caller sees of an exception raised in another interpreter (CPython's excinfo namespace):
/// `type` (with `__name__`, `__qualname__`, `__module__`), `msg`, `formatted`, `errdisplay`.
/// Only strings cross, never the exception object.
/// </summary>
internal sealed class ExceptionSnapshot : PyObject
{
    public static readonly PyType SnapshotType = MakeType();

    public readonly string TypeName, Msg, Formatted, ErrDisplay;

    public ExceptionSnapshot(PythonException e) : base(SnapshotType)
    {
        TypeName = e.TypeName;
        Msg = e.PyMessage;
        Formatted = Msg.Length > 0 ? $"{TypeName}: {Msg}" : TypeName;
        ErrDisplay = e.FormattedTraceback.TrimEnd('\n');
    }

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "ExceptionSnapshot", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(ConcurrencyErrors.Module);
        t.Getter("type", self => new TypeSnapshot(((ExceptionSnapshot)self).TypeName));
        t.Getter("msg", self => PyStr.From(((ExceptionSnapshot)self).Msg));
        t.Getter("formatted", self => PyStr.From(((ExceptionSnapshot)self).Formatted));
        t.Getter("errdisplay", self => PyStr.From(((ExceptionSnapshot)self).ErrDisplay));
        t.Method0("__repr__", self =>
        {
            var s = (ExceptionSnapshot)self;
            return PyStr.From($"namespace(type={Ops.StrString(Ops.Repr(new TypeSnapshot(s.TypeName)))}, msg={Ops.StrString(Ops.Repr(PyStr.From(s.Msg)))}, formatted={Ops.StrString(Ops.Repr(PyStr.From(s.Formatted)))}, errdisplay={Ops.StrString(Ops.Repr(PyStr.From(s.ErrDisplay)))})");
        });
        t.IsImmutable = true;
        return t;
    }
}

/// <summary>The name of an exception's type, as the snapshot's `type` attribute.</summary>
internal sealed class TypeSnapshot(string qualifiedName) : PyObject(SnapshotType)
{
    public static readonly PyType SnapshotType = MakeType();

    private string Name => qualifiedName[(qualifiedName.LastIndexOf('.') + 1)..];
    private string ModuleName => qualifiedName.Contains('.') ? qualifiedName[..qualifiedName.LastIndexOf('.')] : "builtins";

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "TypeSnapshot", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(ConcurrencyErrors.Module);
        t.Getter("__name__", self => PyStr.From(((TypeSnapshot)self).Name));
        t.Getter("__qualname__", self => PyStr.From(((TypeSnapshot)self).Name));
        t.Getter("__module__", self => PyStr.From(((TypeSnapshot)self).ModuleName));
        t.Method0("__repr__", self =>
        {
            var s = (TypeSnapshot)self;
            return PyStr.From($"namespace(__name__='{s.Name}', __qualname__='{s.Name}', __module__='{s.ModuleName}')");
        });
        t.IsImmutable = true;
        return t;
    }
}
