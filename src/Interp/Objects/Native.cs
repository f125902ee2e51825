using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// The one shape of every function written in C#. `self` is the bound object for methods, the
/// module object for module functions (its per-interpreter state) and the type for `__new__`.
/// `args` holds the positional arguments followed by the keyword values named in `kwNames`
/// (CPython's vectorcall layout: no dict or tuple is built for a call).
/// </summary>
public delegate PyObject NativeFn(PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames);

/// <summary>A builtin type's `__new__`: the class being instantiated, then the call's arguments.</summary>
public delegate PyObject NewFn(PyType cls, ReadOnlySpan<PyObject> args, string[]? kwNames);

/// <summary>
/// A builtin function or a builtin method bound to its self (`len`, `[].append`); a bound slot
/// dunder (`[].__len__`) is a `method-wrapper`.
/// </summary>
public sealed class PyBuiltinFunction(string name, NativeFn fn, PyObject self, string? ownerName = null)
    : PyObject(ownerName != null && SlotWrappers.IsSlot(ownerName, name) ? Types.MethodWrapper : Types.BuiltinFunction)
{
    public readonly string Name = name;
    public readonly NativeFn Fn = fn;
    public readonly PyObject Self = self;
    /// <summary>The type name for bound methods ("list"), null for module functions.</summary>
    public readonly string? OwnerName = ownerName;
    public string QualName => OwnerName == null ? Name : OwnerName + "." + Name;
}

/// <summary>
/// A method of a builtin type as stored in the type (`str.upper`): binds self on access. Dunders
/// that fill a CPython type slot (`object.__repr__`) are `wrapper_descriptor`s instead.
/// </summary>
public sealed class PyMethodDescriptor(PyType owner, string name, NativeFn fn)
    : PyObject(SlotWrappers.IsSlot(owner.Name, name) ? Types.WrapperDescriptor : Types.MethodDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly NativeFn Fn = fn;

    public PyObject CallUnbound(ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (args.Length - (kwNames?.Length ?? 0) < 1)
            throw PyError.TypeError($"unbound method {Owner.Name}.{Name}() needs an argument");
        if (!args[0].Type.IsSubtypeOf(Owner))
            throw PyError.TypeError(Type == Types.WrapperDescriptor
                ? $"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{args[0].Type.Name}'"
                : $"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
        return Fn(args[0], args[1..], kwNames);
    }

    public void CheckSelf(PyObject self)
    {
        if (!self.Type.IsSubtypeOf(Owner))
            throw PyError.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{self.Type.Name}' object");
    }
}

/// <summary>The dunders CPython implements as type slots (its slotdefs table), shown as slot wrappers.</summary>
public static class SlotWrappers
{
    private static readonly HashSet<string> Names =
    [
        "__abs__", "__add__", "__and__", "__bool__", "__buffer__", "__call__", "__contains__", "__del__",
        "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__", "__floordiv__", "__ge__",
        "__get__", "__getattribute__", "__getattr__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__iand__",
        "__ifloordiv__", "__ilshift__", "__imatmul__", "__imod__", "__imul__", "__index__", "__init__", "__int__",
        "__invert__", "__ior__", "__ipow__", "__irshift__", "__isub__", "__iter__", "__itruediv__", "__ixor__",
        "__le__", "__len__", "__lshift__", "__lt__", "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__",
        "__next__", "__or__", "__pos__", "__pow__", "__radd__", "__rand__", "__rdivmod__", "__release_buffer__",
        "__repr__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__",
        "__rrshift__", "__rshift__", "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__",
        "__setitem__", "__str__", "__sub__", "__truediv__", "__xor__",
        "__await__", "__aiter__", "__anext__",
    ];

    // Bound methods are made often: most names are rejected by their first character, without hashing.
    public static bool IsSlot(string ownerName, string name) => name.Length > 4 && name[0] == '_' && Names.Contains(name) && !(
        // These types also define the method in their method table (METH_COEXIST), which wins.
        (name == "__getitem__" && ownerName is "dict" or "list")
        || (name == "__contains__" && ownerName is "dict" or "set" or "frozenset"));
}

/// <summary>A builtin classmethod (`dict.fromkeys`, `int.from_bytes`): binds the class.</summary>
public sealed class PyClassMethodDescriptor(PyType owner, string name, NativeFn fn) : PyObject(Types.ClassMethodDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly NativeFn Fn = fn;
}

/// <summary>A computed attribute of a builtin type (`int.real`, `function.__name__`).</summary>
public sealed class PyGetSet(PyType owner, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?>? set)
    : PyObject(Types.GetSetDescriptor)
{
    public readonly PyType Owner = owner;
    public readonly string Name = name;
    public readonly Func<PyObject, PyObject> Get = get;
    /// <summary>Called with null to delete. Null when read-only.</summary>
    public readonly Action<PyObject, PyObject?>? Set = set;
}

/// <summary>
/// How builtin types declare their surface; call these only from a type's Register function,
/// before the type is frozen. Each builtin type keeps its methods in its own *Methods.cs file.
/// </summary>
public static class TypeDef
{
    public static void Method(this PyType t, string name, NativeFn fn) => t.Attrs[name] = new PyMethodDescriptor(t, name, fn);

    /// <summary>A method taking no arguments besides self: `s.upper()`.</summary>
    public static void Method0(this PyType t, string name, Func<PyObject, PyObject> fn) =>
        t.Method(name, (self, args, kw) =>
        {
            if (args.Length != 0)
                throw PyError.TypeError($"{t.Name}.{name}() takes no arguments ({args.Length} given)");
            return fn(self);
        });

    /// <summary>A method taking exactly one positional argument: `l.append(x)`.</summary>
    public static void Method1(this PyType t, string name, Func<PyObject, PyObject, PyObject> fn) =>
        t.Method(name, (self, args, kw) =>
        {
            if (kw != null && kw.Length > 0) throw PyError.TypeError($"{t.Name}.{name}() takes no keyword arguments");
            if (args.Length != 1)
                throw PyError.TypeError($"{t.Name}.{name}() takes exactly one argument ({args.Length} given)");
            return fn(self, args[0]);
        });

    /// <summary>A dunder taking (self, other); a binary operator slot.</summary>
    public static void Binary(this PyType t, string name, Func<PyObject, PyObject, PyObject> fn) =>
        t.Method(name, (self, args, kw) =>
        {
            if (args.Length != 1)
                throw PyError.TypeError($"expected 1 argument, got {args.Length}");
            return fn(self, args[0]);
        });

    public static void ClassMethod(this PyType t, string name, NativeFn fn) =>
        t.Attrs[name] = new PyClassMethodDescriptor(t, name, fn);

    /// <summary>`__new__`: fn receives the class being instantiated as self.</summary>
    public static void New(this PyType t, NewFn fn) =>
        t.Attrs["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (self, args, kw) =>
        {
            if (args.Length == 0) throw PyError.TypeError($"{t.Name}.__new__(): not enough arguments");
            if (args[0] is not PyType cls)
                throw PyError.TypeError($"{t.Name}.__new__(X): X is not a type object ({args[0].Type.Name})");
            if (!cls.IsSubtypeOf(t))
                throw PyError.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            return fn(cls, args[1..], kw);
        }, t, t.Name));

    public static void Getter(this PyType t, string name, Func<PyObject, PyObject> get) =>
        t.Attrs[name] = new PyGetSet(t, name, get, null);

    public static void GetSet(this PyType t, string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject?> set) =>
        t.Attrs[name] = new PyGetSet(t, name, get, set);

    public static void Const(this PyType t, string name, PyObject value) => t.Attrs[name] = value;
}

/// <summary>Argument checking helpers for native functions, with CPython's messages.</summary>
public static class ArgCheck
{
    public static void NoKw(string fname, string[]? kwNames)
    {
        if (kwNames != null && kwNames.Length > 0)
            throw PyError.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>Positional count check (keywords must already be excluded or rejected).</summary>
    public static void Count(string fname, ReadOnlySpan<PyObject> args, int min, int max)
    {
        int n = args.Length;
        if (n < min)
            throw PyError.TypeError(min == max && min == 1 && max == 1
                ? $"{fname}() takes exactly one argument ({n} given)"
                : $"{fname} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyError.TypeError(max == 0 ? $"{fname}() takes no arguments ({n} given)"
                : min == max && max == 1 ? $"{fname}() takes exactly one argument ({n} given)"
                : $"{fname} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Binds positional and keyword arguments to a parameter list. `names` lists the parameters;
    /// the first `posOnly` are positional-only and those from `kwOnlyFrom` on are keyword-only.
    /// Unbound optional parameters stay null in the result.
    /// </summary>
    public static PyObject?[] Bind(string fname, ReadOnlySpan<PyObject> args, string[]? kwNames,
        string[] names, int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        var result = new PyObject?[names.Length];
        int maxPos = Math.Min(kwOnlyFrom, names.Length);
        // int() and str() count their arguments by hand in CPython, with the positional-only wording.
        if (fname is "int" or "str" && npos > maxPos)
            throw PyError.TypeError($"{fname} expected at most {maxPos} arguments, got {npos}");
        // CPython's keyword-argument parser checks the total first, then the positional count.
        if (args.Length > names.Length)
            throw PyError.TypeError($"{fname}() takes at most {names.Length} {(npos == 0 ? "keyword " : "")}"
                + $"argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        if (npos > maxPos)
            throw PyError.TypeError(maxPos == 0
                ? $"{fname}() takes no positional arguments"
                : $"{fname}() takes {(required < maxPos ? "at most" : "exactly")} {maxPos} positional "
                  + $"argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string kn = kwNames![k];
            int idx = Array.IndexOf(names, kn);
            if (idx < 0 || idx < posOnly)
                throw PyError.TypeError($"{fname}() got an unexpected keyword argument '{kn}'");
            if (result[idx] != null)
                throw PyError.TypeError($"argument for {fname}() given by name ('{kn}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] == null)
                throw PyError.TypeError(i < posOnly || i < npos
                    ? $"{fname}() takes at least {required} positional argument{(required == 1 ? "" : "s")} ({npos} given)"
                    : $"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }
}
