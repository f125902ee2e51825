using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>
/// PEP 695 runtime objects: the TypeVar / ParamSpec / TypeVarTuple made for `def f[T]`, `class C[T]`
/// and `type X[T] = ...`, and the TypeAliasType a `type` statement binds. Bounds, constraints and
/// alias values are evaluated lazily (on first access), as CPython does, through compiler-made
/// zero-argument functions.
/// </summary>
public enum TypeParamKind { TypeVar, ParamSpec, TypeVarTuple }

public sealed class PyTypeParam(PyType type, TypeParamKind kind, string name, PyObject? boundFn, PyObject? constraintsFn, PyObject? defaultFn) : PyObject(type)
{
    public readonly TypeParamKind Kind = kind;
    public readonly string Name = name;
    private PyObject? _boundFn = boundFn, _constraintsFn = constraintsFn, _defaultFn = defaultFn;
    private PyObject? _bound, _constraints, _default;

    public bool HasDefault => _defaultFn is not null;
    /// <summary>PEP 696 `__default__`: evaluated on first access, typing.NoDefault when there is none.</summary>
    public PyObject Default => _default ??= _defaultFn is null ? TypeParamTypes.NoDefault : Ops.Call(_defaultFn);

    public PyObject Bound => _bound ??= _boundFn is null ? Py.None : Ops.Call(_boundFn);
    public PyObject Constraints => _constraints ??= _constraintsFn is null ? PyTuple.Empty : Ops.Call(_constraintsFn);
}

public sealed class PyTypeAlias(string name, PyObject typeParams, PyObject valueFn) : PyObject(TypeParamTypes.TypeAliasType)
{
    public readonly string Name = name;
    public readonly PyObject TypeParams = typeParams;
    private PyObject? _value;
    public PyObject Value => _value ??= Ops.Call(valueFn);
}

public sealed class PyNoDefault(PyType type) : PyObject(type);

/// <summary>The four types, built once per process like the builtin types (immutable afterwards).</summary>
public static class TypeParamTypes
{
    public static readonly PyType TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, NoDefaultType;
    /// <summary>typing.NoDefault: the `__default__` of a type parameter without one.</summary>
    public static readonly PyObject NoDefault;

    static TypeParamTypes()
    {
        TypeVar = Make("TypeVar");
        ParamSpec = Make("ParamSpec");
        TypeVarTuple = Make("TypeVarTuple");
        TypeAliasType = Make("TypeAliasType");
        NoDefaultType = Make("NoDefaultType");
        NoDefaultType.Method0("__repr__", self => PyStr.From("typing.NoDefault"));
        NoDefault = new PyNoDefault(NoDefaultType);
        foreach (var t in new[] { TypeVar, ParamSpec, TypeVarTuple })
        {
            t.Getter("__name__", self => PyStr.From(((PyTypeParam)self).Name));
            t.Getter("__default__", self => ((PyTypeParam)self).Default);
            t.Method0("has_default", self => Py.Bool(((PyTypeParam)self).HasDefault));
            // PEP 695 parameters infer their variance: CPython's repr is then the bare name.
            t.Method0("__repr__", self => PyStr.From(((PyTypeParam)self).Name));
        }
        foreach (var t in new[] { TypeVar, ParamSpec })
        {
            t.Getter("__bound__", self => ((PyTypeParam)self).Bound);
            t.Getter("__covariant__", self => Py.False);
            t.Getter("__contravariant__", self => Py.False);
            t.Getter("__infer_variance__", self => Py.True);
        }
        TypeVar.Getter("__constraints__", self => ((PyTypeParam)self).Constraints);

        var a = TypeAliasType;
        a.Getter("__name__", self => PyStr.From(((PyTypeAlias)self).Name));
        a.Getter("__qualname__", self => PyStr.From(((PyTypeAlias)self).Name));
        a.Getter("__value__", self => ((PyTypeAlias)self).Value);
        a.Getter("__type_params__", self => ((PyTypeAlias)self).TypeParams);
        a.Method0("__repr__", self => PyStr.From(((PyTypeAlias)self).Name));
        a.Method1("__getitem__", (self, key) =>
        {
            if (((PyTypeAlias)self).TypeParams is PyTuple { Items.Length: 0 })
                throw PyError.TypeError("Only generic type aliases are subscriptable");
            return new PyGenericAlias(self, key);
        });
        foreach (var t in new[] { TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, NoDefaultType }) t.IsImmutable = true;
    }

    private static PyType Make(string name)
    {
        var t = new PyType(Types.Type, name, [Types.Object]) { IsBaseType = false };
        t.Attrs["__module__"] = PyStr.From("typing");
        t.Mro = PyType.ComputeMro(t);
        t.Layout = t;
        return t;
    }

    /// <summary>Intrinsic for a type parameter: `v` is (name, bound-or-constraints function or None, is-constraints, default function or None).</summary>
    public static PyObject MakeParam(TypeParamKind kind, PyObject v)
    {
        var items = ((PyTuple)v).Items;
        string name = ((PyStr)items[0]).Value;
        PyObject? fn = items[1] == Py.None ? null : items[1];
        bool constraints = items[2] == Py.True;
        PyObject? dflt = items[3] == Py.None ? null : items[3];
        var type = kind switch { TypeParamKind.ParamSpec => ParamSpec, TypeParamKind.TypeVarTuple => TypeVarTuple, _ => TypeVar };
        return new PyTypeParam(type, kind, name, constraints ? null : fn, constraints ? fn : null, dflt);
    }

    /// <summary>Intrinsic for `type X[...] = v`: `v` is (name, (type params tuple, value function)).</summary>
    public static PyObject MakeAlias(PyObject v)
    {
        var items = ((PyTuple)v).Items;
        var inner = ((PyTuple)items[1]).Items;
        return new PyTypeAlias(((PyStr)items[0]).Value, inner[0], inner[1]);
    }
}
