using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

public static partial class Ops
{
    /// <summary>
    /// Calls any callable from native code. Python functions re-enter the dispatch loop of the
    /// current thread (guarded against native stack exhaustion there).
    /// </summary>
    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, string[]? kwNames = null)
    {
        ThreadState.EnsureStack("while calling a Python object");
        switch (callable)
        {
            case PyBuiltinFunction bf: return bf.Fn(bf.Self, args, kwNames);
            case PyFunction f: return ThreadState.Current.CallFunction(f, args, kwNames);
            case PyMethod m:
            {
                var all = new PyObject[args.Length + 1];
                all[0] = m.Self;
                args.CopyTo(all.AsSpan(1));
                return Call(m.Func, all, kwNames);
            }
            case PyMethodDescriptor md: return md.CallUnbound(args, kwNames);
            case PyType t: return TypeCall(t, args, kwNames);
        }
        var call = callable.Type.Lookup("__call__")
            ?? throw PyError.TypeError($"'{callable.Type.Name}' object is not callable");
        return CallDescriptor2(call, callable, args, kwNames);
    }

    public static PyObject Call(PyObject callable, params PyObject[] args) => Call(callable, args.AsSpan(), null);

    /// <summary>CallDescriptor with keywords.</summary>
    public static PyObject CallDescriptor2(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (descr is PyMethodDescriptor md) { md.CheckSelf(self); return md.Fn(self, args, kwNames); }
        if (descr is PyFunction f)
        {
            var all = new PyObject[args.Length + 1];
            all[0] = self;
            args.CopyTo(all.AsSpan(1));
            return Call(f, all, kwNames);
        }
        return Call(BindDescriptor(descr, self, self.Type), args, kwNames);
    }

    /// <summary>Calls with a positional tuple and a keyword dict (`f(*args, **kwargs)`).</summary>
    public static PyObject CallEx(PyObject callable, PyObject[] args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return Call(callable, args, null);
        var all = new PyObject[args.Length + kwargs.Count];
        args.CopyTo(all, 0);
        var names = new string[kwargs.Count];
        int i = 0;
        foreach (var kv in kwargs.Pairs())
        {
            if (kv.Key is not PyStr ks) throw PyError.TypeError("keywords must be strings");
            names[i] = ks.Value;
            all[args.Length + i] = kv.Value;
            i++;
        }
        return Call(callable, all, names);
    }

    /// <summary>type.__call__: `cls(*args)` runs __new__ then __init__.</summary>
    public static PyObject TypeCall(PyType cls, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        if (cls == Types.Type && args.Length == 1 && kwNames == null) return args[0].Type;
        var meta = cls.Type;
        if (meta != Types.Type)
        {
            var mc = meta.Lookup("__call__");
            if (mc != null && mc != TypeCallDescriptor) return CallDescriptor2(mc, cls, args, kwNames);
        }
        return TypeCallDefault(cls, args, kwNames);
    }

    internal static PyObject? TypeCallDescriptor;

    /// <summary>A frozen builtin type's `__new__` and `__init__`, which cannot change: looked up once per type.</summary>
    private sealed record BuiltinConstruct(PyObject? New, PyObject? Init);

    public static PyObject TypeCallDefault(PyType cls, ReadOnlySpan<PyObject> args, string[]? kwNames)
    {
        BuiltinConstruct? frozen = null;
        if (cls.IsImmutable)
            frozen = cls.ConstructPlan as BuiltinConstruct ?? (BuiltinConstruct)(cls.ConstructPlan = new BuiltinConstruct(cls.Lookup("__new__"), cls.Lookup("__init__")));
        var newf = (frozen != null ? frozen.New : cls.Lookup("__new__")) ?? throw PyError.TypeError($"cannot create '{cls.Name}' instances");
        var newArgs = new PyObject[args.Length + 1];
        newArgs[0] = cls;
        args.CopyTo(newArgs.AsSpan(1));
        var callableNew = newf is PyStaticMethod sm ? sm.Callable : newf;
        var obj = Call(callableNew, newArgs, kwNames);
        if (!obj.Type.IsSubtypeOf(cls)) return obj;
        if (cls == Types.Type && args.Length == 1) return obj;
        var init = frozen != null && obj.Type == cls ? frozen.Init : obj.Type.Lookup("__init__");
        if (init != null && init != ObjectInit)
        {
            var r = CallDescriptor2(init, obj, args, kwNames);
            if (r != Py.None) throw PyError.TypeError($"__init__() should return None, not '{r.Type.Name}'");
        }
        else if (init == ObjectInit && (args.Length > 0) && cls.Lookup("__new__") == ObjectNew)
        {
            throw PyError.TypeError($"{cls.Name}() takes no arguments");
        }
        return obj;
    }

    internal static PyObject? ObjectInit, ObjectNew;

    public static bool IsCallable(PyObject o) => o switch
    {
        PyFunction or PyBuiltinFunction or PyMethod or PyType or PyMethodDescriptor => true,
        _ => o.Type.Lookup("__call__") != null,
    };
}
