using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

public static partial class Ops
{
    /// <summary>The object.__getattribute__ and object.__setattr__ descriptors, to detect overrides cheaply.</summary>
    internal static PyObject? ObjectGetAttribute, ObjectSetAttr, ObjectDelAttr, TypeGetAttribute;

    public static PyObject GetAttr(PyObject o, string name)
    {
        var ga = o.Type.GetAttributeSlot;
        if (ga != ObjectGetAttribute && ga != TypeGetAttribute && ga != null)
        {
            // A custom __getattribute__: its own AttributeError stands unless __getattr__ answers.
            try { return CallDescriptor(ga, o, [PyStr.From(name)]); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError) && o.Type.Lookup("__getattr__") != null)
            {
                return CallDescriptor(o.Type.Lookup("__getattr__")!, o, [PyStr.From(name)]);
            }
        }
        var hook = o.Type.Lookup("__getattr__");
        if (hook != null)
        {
            // Like GetAttrOrNull, but the hook's own AttributeError (and message) reaches the caller.
            try
            {
                var r0 = o is PyType t0 ? TypeGetAttr(t0, name) : GenericGetAttr(o, name);
                if (r0 != null) return r0;
            }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { }
            return CallDescriptor(hook, o, [PyStr.From(name)]);
        }
        return GetAttrOrNull(o, name) ?? throw AttributeMissing(o, name);
    }

    public static PyError AttributeMissing(PyObject o, string name)
    {
        string msg = o switch
        {
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            _ => $"'{o.Type.Name}' object has no attribute '{name}'",
        };
        var err = PyError.AttributeError(msg);
        err.Exc.SetAttrDict("name", PyStr.From(name));
        err.Exc.SetAttrDict("obj", o);
        return err;
    }

    /// <summary>getattr that returns null instead of raising AttributeError (other errors propagate).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, string name)
    {
        ThreadState.EnsureStack();
        var type = o.Type;
        var ga = type.GetAttributeSlot;
        if (ga != ObjectGetAttribute && ga != TypeGetAttribute && ga != null)
        {
            PyError? missing;
            try { return CallDescriptor(ga, o, [PyStr.From(name)]); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { missing = e; }
            if (o.Type.Lookup("__getattr__") == null) return null;
            return GetAttrHook(o, name) ?? throw missing;
        }
        if (o.Type.Lookup("__getattr__") != null)
        {
            // __getattr__ also answers AttributeErrors raised inside descriptors (slot_tp_getattr_hook).
            try
            {
                var r0 = o is PyType t0 ? TypeGetAttr(t0, name) : GenericGetAttr(o, name);
                if (r0 != null) return r0;
            }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { }
            return GetAttrHook(o, name);
        }
        var r = o is PyType t ? TypeGetAttr(t, name) : GenericGetAttr(o, name);
        if (r == null && o is PyModule m && m.Globals.Get("__getattr__") is { } modHook)
        {
            // PEP 562: a module-level __getattr__ answers missing attributes.
            try { return Call(modHook, PyStr.From(name)); }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { return null; }
        }
        return r;
    }

    private static PyObject? GetAttrHook(PyObject o, string name)
    {
        var hook = o.Type.Lookup("__getattr__");
        if (hook == null) return null;
        try { return CallDescriptor(hook, o, [PyStr.From(name)]); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.AttributeError)) { return null; }
    }

    public static bool IsDataDescriptor(PyObject d) => d switch
    {
        PyFunction or PyMethodDescriptor or PyClassMethod or PyStaticMethod or PyStr or PyInt => false,
        PyGetSet or PyProperty or PyMemberSlot => true,
        _ => d.Type.Lookup("__set__") != null || d.Type.Lookup("__delete__") != null,
    };

    /// <summary>A data descriptor that also has __get__: only these take precedence over the
    /// instance dict on lookup (CPython checks tp_descr_get before PyDescr_IsData).</summary>
    private static bool OverridesInstanceDict(PyObject d) =>
        IsDataDescriptor(d) && (d is PyGetSet or PyProperty or PyMemberSlot || d.Type.Lookup("__get__") != null);

    /// <summary>object.__getattribute__: data descriptors, then the instance dict, then other attributes.</summary>
    public static PyObject? GenericGetAttr(PyObject o, string name)
    {
        var descr = o.Type.Lookup(name);
        if (descr != null && OverridesInstanceDict(descr)) return BindDescriptor(descr, o, o.Type);
        if (o.Dict != null)
        {
            var v = o.Dict.Get(name);
            if (v != null) return v;
        }
        if (descr != null) return BindDescriptor(descr, o, o.Type);
        return null;
    }

    /// <summary>type.__getattribute__: the metatype's data descriptors, the MRO, then the metatype.</summary>
    public static PyObject? TypeGetAttr(PyType t, string name)
    {
        var meta = t.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && OverridesInstanceDict(metaAttr)) return BindDescriptor(metaAttr, t, meta);
        var attr = t.Lookup(name);
        if (attr != null) return BindDescriptor(attr, null, t);
        if (metaAttr != null) return BindDescriptor(metaAttr, t, meta);
        return null;
    }

    /// <summary>descr.__get__(instance, owner); instance null means access through the class.</summary>
    public static PyObject BindDescriptor(PyObject descr, PyObject? instance, PyType owner)
    {
        switch (descr)
        {
            case PyFunction f: return instance == null ? f : new PyMethod(f, instance);
            case PyMethodDescriptor md:
                if (instance == null) return md;
                md.CheckSelf(instance);
                return new PyBuiltinFunction(md.Name, md.Fn, instance, md.Owner.Name);
            case PyClassMethodDescriptor cmd: return new PyBuiltinFunction(cmd.Name, cmd.Fn, owner, cmd.Owner.Name);
            case PyGetSet gs:
                if (instance == null) return gs;
                if (!instance.Type.IsSubtypeOf(gs.Owner))
                    throw PyError.TypeError($"descriptor '{gs.Name}' for '{gs.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
                return gs.Get(instance);
            case PyStaticMethod sm: return sm.Callable;
            case PyClassMethod cm:
                return cm.Callable is PyFunction cf ? new PyMethod(cf, owner) : new PyMethod(cm.Callable, owner);
            case PyProperty p: return instance == null ? p : p.Get(instance);
            case PyMemberSlot ms: return instance == null ? ms : ms.Get(instance);
            case PyStr or PyInt or PyType or PyTuple or PySingleton: return descr;
        }
        var get = descr.Type.Lookup("__get__");
        if (get == null) return descr;
        return CallDescriptor(get, descr, [instance ?? Py.None, owner]);
    }

    public static void SetAttr(PyObject o, string name, PyObject value)
    {
        var sa = o.Type.Lookup("__setattr__");
        if (sa != ObjectSetAttr && sa != null && o is not PyType && o is not PyModule)
        {
            CallDescriptor(sa, o, [PyStr.From(name), value]);
            return;
        }
        if (o is PyType t && (sa == ObjectSetAttr || sa == null || t.Type == Types.Type || sa is PyMethodDescriptor))
        {
            var metaDescr = t.Type.Lookup(name);
            if (metaDescr != null && IsDataDescriptor(metaDescr)) { SetViaDescriptor(metaDescr, o, name, value); return; }
            t.SetAttr(name, value);
            if (name == "__name__" && value is PyStr ns) t.Name = ns.Value;
            return;
        }
        if (o is PyType t2) { CallDescriptor(sa!, t2, [PyStr.From(name), value]); return; }
        GenericSetAttr(o, name, value);
    }

    public static void GenericSetAttr(PyObject o, string name, PyObject? value)
    {
        var descr = o.Type.Lookup(name);
        if (descr != null && IsDataDescriptor(descr)) { SetViaDescriptor(descr, o, name, value); return; }
        if (o.Dict == null && (o.Type.HasInstanceDict || o is PyFunction) && descr == null && o is not PyType)
            o.Dict = new PyDict();
        if (o.Dict != null)
        {
            if (value != null) o.Dict.Set(name, value);
            else if (o.Dict.Remove(PyStr.From(name)) == null) throw AttributeMissing(o, name);
            return;
        }
        if (descr == null)
            throw PyError.AttributeError($"'{o.Type.Name}' object has no attribute '{name}' and no __dict__ for setting new attributes");
        throw PyError.AttributeError($"'{o.Type.Name}' object attribute '{name}' is read-only");
    }

    private static void SetViaDescriptor(PyObject descr, PyObject o, string name, PyObject? value)
    {
        switch (descr)
        {
            case PyGetSet gs:
                if (gs.Set == null)
                    throw PyError.AttributeError(value == null
                        ? $"attribute '{name}' of '{o.Type.Name}' objects is not writable"
                        : $"attribute '{name}' of '{o.Type.Name}' objects is not writable");
                gs.Set(o, value);
                return;
            case PyProperty p: p.Set(o, value); return;
            case PyMemberSlot ms: ms.Set(o, value); return;
        }
        if (value == null)
        {
            var del = descr.Type.Lookup("__delete__") ?? throw PyError.AttributeError("__delete__");
            CallDescriptor(del, descr, [o]);
        }
        else
        {
            var set = descr.Type.Lookup("__set__") ?? throw PyError.AttributeError("__set__");
            CallDescriptor(set, descr, [o, value]);
        }
    }

    public static void DelAttr(PyObject o, string name)
    {
        var da = o.Type.Lookup("__delattr__");
        if (da != ObjectDelAttr && da != null && o is not PyType && o is not PyModule)
        {
            CallDescriptor(da, o, [PyStr.From(name)]);
            return;
        }
        if (o is PyType t)
        {
            if (!t.DelAttr(name)) throw AttributeMissing(o, name);
            return;
        }
        GenericSetAttr(o, name, null);
    }

    public static bool HasAttr(PyObject o, string name) => GetAttrOrNull(o, name) != null;

    /// <summary>Looks a special method up on the type (never the instance) and calls it; null if absent.</summary>
    public static PyObject? CallSpecial(PyObject o, string name)
    {
        var f = o.Type.Lookup(name);
        return f == null ? null : CallDescriptor(f, o, []);
    }

    /// <summary>Calls a type attribute found by Lookup as a method of `self`, without allocating a bound method where possible.</summary>
    public static PyObject CallDescriptor(PyObject descr, PyObject self, ReadOnlySpan<PyObject> args)
    {
        switch (descr)
        {
            case PyMethodDescriptor md:
                md.CheckSelf(self);
                return md.Fn(self, args, null);
            case PyFunction f:
            {
                var all = new PyObject[args.Length + 1];
                all[0] = self;
                args.CopyTo(all.AsSpan(1));
                return Call(f, all);
            }
        }
        return Call(BindDescriptor(descr, self, self.Type), args);
    }
}
