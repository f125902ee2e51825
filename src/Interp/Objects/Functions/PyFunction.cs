using GilGrid.Interp.Compiler;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>A function made by `def` or `lambda`: shared immutable code plus this interpreter's globals.</summary>
public sealed class PyFunction : PyObject
{
    public CodeObject Code;
    public readonly PyDict Globals;
    public PyObject[]? Defaults;
    public PyDict? KwDefaults;
    public readonly PyCell[]? Closure;
    public string Name;
    public string QualName;
    public PyObject Doc = Py.None;
    public PyObject Module;
    public PyDict? Annotations;

    public PyFunction(CodeObject code, PyDict globals, PyCell[]? closure) : base(Types.Function)
    {
        Code = code;
        Globals = globals;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        Module = globals.Get("__name__") ?? Py.None;
        if (code.Consts.Length > 0 && code.Consts[0] is PyStr doc && code.HasDocstring) Doc = doc;
    }
}

/// <summary>A function bound to an instance (or class, for classmethods).</summary>
public sealed class PyMethod(PyObject func, PyObject self) : PyObject(Types.Method)
{
    public readonly PyObject Func = func;
    public readonly PyObject Self = self;
}

public sealed class PyCell(PyObject? value) : PyObject(Types.Cell)
{
    public PyObject? Value = value;
}

public sealed class PyStaticMethod(PyObject callable) : PyObject(Types.StaticMethod)
{
    public PyObject Callable = callable;
}

public sealed class PyClassMethod(PyObject callable) : PyObject(Types.ClassMethod)
{
    public PyObject Callable = callable;
}

public sealed class PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc) : PyObject(Types.Property)
{
    public PyObject? FGet = fget, FSet = fset, FDel = fdel;
    public PyObject? Doc = doc;
    public string? Name;

    public PyObject Get(PyObject instance)
    {
        if (FGet == null) throw PyError.AttributeError(Name == null
            ? "property object has no getter"
            : $"property '{Name}' of '{instance.Type.Name}' object has no getter");
        return Ops.Call(FGet, instance);
    }

    public void Set(PyObject instance, PyObject? value)
    {
        if (value == null)
        {
            if (FDel == null) throw PyError.AttributeError(Name == null
                ? "property object has no deleter"
                : $"property '{Name}' of '{instance.Type.Name}' object has no deleter");
            Ops.Call(FDel, instance);
            return;
        }
        if (FSet == null) throw PyError.AttributeError(Name == null
            ? "property object has no setter"
            : $"property '{Name}' of '{instance.Type.Name}' object has no setter");
        Ops.Call(FSet, instance, value);
    }
}

/// <summary>
/// A `__slots__` entry. Instances of plain classes keep slot values in <see cref="PyInstanceWithSlots"/>;
/// instances of builtin subclasses (`class H(list): __slots__ = ...`) reuse the builtin's C# class,
/// so theirs live in the instance's own dict, which the slot descriptor shadows (it is a data descriptor).
/// </summary>
public sealed class PyMemberSlot(PyType owner, string name) : PyObject(Types.MemberDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;

    public PyObject Get(PyObject o) => o switch
    {
        PyInstanceWithSlots s => s.Slots.GetValueOrDefault(Name),
        _ when o.Type.IsHeap => o.Dict?.Get(Name),
        _ => null,
    } ?? throw Ops.AttributeMissing(o, Name);

    public void Set(PyObject o, PyObject? value)
    {
        if (o is PyInstanceWithSlots s)
        {
            if (value == null) { if (!s.Slots.Remove(Name)) throw Ops.AttributeMissing(o, Name); }
            else s.Slots[Name] = value;
            return;
        }
        if (!o.Type.IsHeap)
            throw PyError.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{o.Type.Name}' object");
        if (value == null) { if (o.Dict?.Remove(PyStr.From(Name)) == null) throw Ops.AttributeMissing(o, Name); }
        else (o.Dict ??= new PyDict()).Set(Name, value);
    }
}

/// <summary>Instances of classes that declare `__slots__` keep slot values here.</summary>
public sealed class PyInstanceWithSlots(PyType type) : PyObject(type)
{
    public readonly Dictionary<string, PyObject> Slots = [];
}

public sealed class PySuper(PyType thisType, PyObject? obj, PyType? objType) : PyObject(Types.Super)
{
    public readonly PyType ThisType = thisType;
    public readonly PyObject? Obj = obj;
    public readonly PyType? ObjType = objType;
}

public sealed class PyModule : PyObject
{
    public string Name;
    /// <summary>Per-interpreter state of a native module (null for .py modules).</summary>
    public object? NativeState;

    public PyModule(string name, PyDict? dict = null) : base(Types.Module)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        if (Dict.Get("__name__") == null) Dict.Set("__name__", PyStr.From(name));
        if (Dict.Get("__doc__") == null) Dict.Set("__doc__", Py.None);
    }

    public PyDict Globals => Dict!;
}

public sealed class PyGenericAlias(PyObject origin, PyObject args) : PyObject(Types.GenericAlias)
{
    public readonly PyObject Origin = origin;
    public readonly PyObject Args = args;
}
