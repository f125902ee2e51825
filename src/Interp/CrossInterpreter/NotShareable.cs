using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.CrossInterpreter;

/// <summary>
/// `NotShareableError`, CPython 3.13's ValueError subclass for values that cannot cross interpreters.
/// One immutable type for the whole process, like the builtin exception types, so that the error
/// raised in one interpreter is recognisable in every other (`interpreters.NotShareableError`).
/// </summary>
public static class NotShareable
{
    public static readonly PyType Type = CreateType();

    private static PyType CreateType()
    {
        var t = new PyType(Types.Type, "NotShareableError", [Types.ValueError]);
        t.Mro = PyType.ComputeMro(t);
        t.Layout = Types.ValueError.Layout;
        t.Attrs["__module__"] = PyStr.From("interpreters");
        t.IsImmutable = true;
        return t;
    }

    /// <summary>CPython 3.13's wording: "&lt;str(obj)&gt; does not support cross-interpreter data".</summary>
    public static PyError For(PyObject obj) =>
        PyError.Make(Type, $"{SafeStr(obj)} does not support cross-interpreter data");

    public static PyError TooDeep() =>
        PyError.Make(Type, $"value nested more than {CrossValue.MaxDepth} levels deep cannot cross interpreters");

    private static string SafeStr(PyObject obj)
    {
        try { return Ops.StrString(obj); }
        catch (PyError) { return $"<{obj.Type.Name} object>"; }
    }
}
