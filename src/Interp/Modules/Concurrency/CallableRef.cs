using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// How a callable crosses to another interpreter for `Interpreter.call`. A closure-free function of
/// `__main__` crosses as its code object (immutable, shared) plus transferred defaults and is bound
/// to the target's `__main__`; anything else that lives in a module (functions, builtins, classes)
/// crosses by name and is imported there, as pickle would do. Other callables: NotShareableError.
/// </summary>
internal sealed class CallableRef
{
    private readonly PyFunction? _mainFunction;
    private readonly PyObject[]? _defaults;
    private readonly PyObject? _kwDefaults;
    private readonly string? _module, _qualName;

    private CallableRef(PyFunction? mainFunction, PyObject[]? defaults, string? module, string? qualName, PyObject? kwDefaults = null)
    {
        _kwDefaults = kwDefaults;
        _mainFunction = mainFunction;
        _defaults = defaults;
        _module = module;
        _qualName = qualName;
    }

    /// <summary>Captures the callable in the caller's interpreter (holding its GIL).</summary>
    public static CallableRef From(PyObject callable)
    {
        switch (callable)
        {
            case PyFunction f when f.Module is PyStr { Value: "__main__" }:
                if (f.Closure is { Length: > 0 }) throw NotShareable.For(f);
                var defaults = f.Defaults?.Select(Shareable.Transfer).ToArray();
                var kwDefaults = f.KwDefaults is { } kd ? Shareable.Transfer(kd) : null;
                return new CallableRef(f, defaults, null, null, kwDefaults);
            case PyFunction f when f.Module is PyStr m && !f.QualName.Contains("<locals>"):
                return new CallableRef(null, null, m.Value, f.QualName);
            case PyBuiltinFunction b when b.Self is PyModule mod && b.OwnerName == null:
                return new CallableRef(null, null, mod.Name, b.Name);
            case PyType t when !t.IsHeap || !t.QualName.Contains("<locals>"):
                return new CallableRef(null, null, t.ModuleName, t.QualName);
            default:
                throw NotShareable.For(callable);
        }
    }

    /// <summary>The callable in the target interpreter (holding the target's GIL).</summary>
    public PyObject Resolve(Interpreter target)
    {
        if (_mainFunction is { } f)
        {
            return new PyFunction(f.Code, target.MainModule.Globals, null)
            {
                Defaults = _defaults?.Select(Shareable.Receive).ToArray(),
                KwDefaults = _kwDefaults is { } kd ? (PyDict)Shareable.Receive(kd) : null,
                Name = f.Name,
                QualName = f.QualName,
            };
        }
        var obj = target.ImportModule(_module!);
        foreach (var part in _qualName!.Split('.')) obj = Ops.GetAttr(obj, part);
        return obj;
    }
}
