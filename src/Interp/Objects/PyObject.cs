using System.Runtime.CompilerServices;

namespace GilGrid.Interp.Objects;

/// <summary>
/// Base of every Python value. The type is a field (not a virtual) so that instances of Python
/// subclasses of builtin types (`class L(list)`) reuse the builtin's C# class with their own type.
/// </summary>
public abstract class PyObject
{
    public PyType Type;
    /// <summary>The instance `__dict__`, or null for builtin instances (created lazily for heap types).</summary>
    public PyDict? Dict;

    protected PyObject(PyType type) { Type = type; }

    public override string ToString() => Runtime.Ops.ReprString(this);
}

/// <summary>An instance of a class made by Python code that does not derive from a builtin layout.</summary>
public sealed class PyInstance(PyType type) : PyObject(type)
{
}

/// <summary>None, NotImplemented, Ellipsis: immortal singletons shared by every interpreter.</summary>
public sealed class PySingleton : PyObject
{
    public readonly string Repr;
    internal PySingleton(PyType type, string repr) : base(type) { Repr = repr; }
}

/// <summary>Process-wide immortal singletons.</summary>
public static class Py
{
    public static PySingleton None => Types.NoneObj;
    public static PySingleton NotImplemented => Types.NotImplementedObj;
    public static PySingleton Ellipsis => Types.EllipsisObj;
    public static PyInt True => PyInt.True;
    public static PyInt False => PyInt.False;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt Bool(bool b) => b ? PyInt.True : PyInt.False;
}
