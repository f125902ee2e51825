using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `interpreters.UNBOUND`, `UNBOUND_ERROR`, `UNBOUND_REMOVE`: the process-wide markers that name a
/// queue's policy for items whose sender was closed; `UNBOUND` is also what get() returns in their place.
/// </summary>
internal sealed class UnboundMarker : PyObject, ICrossInterpreterHandle
{
    private static readonly PyType MarkerType = MakeType();
    public static readonly UnboundMarker Unbound = new("UNBOUND", Concurrency.Unbound.Replace);
    public static readonly UnboundMarker UnboundError = new("UNBOUND_ERROR", Concurrency.Unbound.Error);
    public static readonly UnboundMarker UnboundRemove = new("UNBOUND_REMOVE", Concurrency.Unbound.Remove);

    private readonly string _name;
    private readonly Unbound _policy;

    private UnboundMarker(string name, Unbound policy) : base(MarkerType)
    {
        _name = name;
        _policy = policy;
    }

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "UnboundItem", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(ConcurrencyErrors.Module);
        t.Method0("__repr__", self => PyStr.From($"{ConcurrencyErrors.Module}.{((UnboundMarker)self)._name}"));
        t.IsImmutable = true;
        return t;
    }

    /// <summary>The policy named by an `unbounditems=` argument (None or absent: the default).</summary>
    public static Unbound PolicyOf(PyObject? arg, Unbound defaultPolicy) => arg switch
    {
        null => defaultPolicy,
        _ when arg == Py.None => defaultPolicy,
        UnboundMarker m => m._policy,
        _ => throw PyError.NotImplemented($"unsupported unbound replacement op {Ops.StrString(Ops.Repr(arg))}"),
    };
}
