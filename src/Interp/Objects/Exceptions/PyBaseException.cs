using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>An instance of BaseException or any subclass (builtin or Python-defined).</summary>
public class PyBaseException : PyObject
{
    public PyTuple Args;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public PyTraceback? Traceback;

    public PyBaseException(PyType type, PyTuple args) : base(type) { Args = args; }

    public static PyBaseException Create(PyType type, params PyObject[] args)
    {
        return new PyBaseException(type, PyTuple.Of(args));
    }

    /// <summary>Sets an attribute in the instance dict (name, obj, filename...).</summary>
    public void SetAttrDict(string name, PyObject value) => (Dict ??= new PyDict()).Set(name, value);

    public PyObject? GetAttrDict(string name) => Dict?.Get(name);

    /// <summary>str(exc) for host messages; never raises.</summary>
    public string StrNoThrow()
    {
        try { return Ops.StrString(this); }
        catch (PyError) { return "<exception str() failed>"; }
    }
}

/// <summary>A traceback entry: the frame, the instruction that raised (for line and carets), the next.</summary>
public sealed class PyTraceback(Frame frame, int lasti, PyTraceback? next) : PyObject(Types.Traceback)
{
    public readonly Frame Frame = frame;
    public readonly int Lasti = lasti;
    public PyTraceback? Next = next;
    public int Line => Frame.Code.LineAt(Lasti);
}
