using System.Runtime.CompilerServices;
using GilGrid.Interp.Compiler;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Runtime;

/// <summary>The keyword names of a CallKw, stored as a constant.</summary>
public sealed class PyKwNames(string[] names) : PyObject(Types.Tuple)
{
    public readonly string[] Names = names;
}

// Cold paths of the dispatch loop: kept out of Dispatch so that it stays small.
public sealed partial class ThreadState
{
    private static PyBaseException Unbound(CodeObject code, int slot) =>
        PyError.Make(Types.UnboundLocalError,
            $"cannot access local variable '{code.LocalNames[slot]}' where it is not associated with a value").Exc;

    private static PyBaseException FreeUnbound(CodeObject code, int slot) =>
        PyError.Make(Types.NameError,
            $"cannot access free variable '{code.LocalNames[slot]}' where it is not associated with a value in enclosing scope").Exc;

    private static PyBaseException NameNotDefined(string name)
    {
        var e = PyError.NameError($"name '{name}' is not defined").Exc;
        e.SetAttrDict("name", PyStr.From(name));
        return e;
    }

    private static PyObject? LocalsGet(PyObject mapping, string name)
    {
        if (mapping is PyDict d && mapping.Type == Types.Dict) return d.Get(name);
        try { return Ops.GetItem(mapping, PyStr.From(name)); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.KeyError)) { return null; }
    }

    /// <summary>
    /// LOAD_GLOBAL's path: the name's PyStr caches its hash, so neither lookup rehashes the string
    /// (GetStr computes .NET's string hash on every call).
    /// </summary>
    private static PyObject? LoadGlobal(Frame f, PyStr key)
    {
        long h = key.Hash();
        var g = f.Globals.Table;
        int ix = g.Find(key, h);
        if (ix >= 0) return g.ValueAt(ix);
        var b = f.Builtins.Table;
        ix = b.Find(key, h);
        return ix >= 0 ? b.ValueAt(ix) : null;
    }

    private static PyObject? LoadGlobal(Frame f, string name) =>
        f.Globals.Table.GetStr(name) ?? f.Builtins.Table.GetStr(name);

    /// <summary>The unbound method for `o.name(...)` when no bound-method object is needed, else null.</summary>
    private static PyObject? LookupMethod(PyObject o, string name)
    {
        var type = o.Type;
        if (o is PyType || o is PyModule) return null;
        var ga = type.GetAttributeSlot;
        if (ga != Ops.ObjectGetAttribute) return null;
        var d = type.Lookup(name);
        if (d is PyFunction || d is PyMethodDescriptor)
        {
            if (o.Dict != null && o.Dict.Get(name) != null) return null;
            if (d is PyMethodDescriptor md) md.CheckSelf(o);
            return d;
        }
        return null;
    }

    private static void ListExtendChecked(PyList list, PyObject it, PyObject? callable)
    {
        if (it.Type.Lookup("__iter__") == null && it.Type.Lookup("__getitem__") == null)
            throw PyError.TypeError(callable != null
                ? $"{CallableName(callable)} argument after * must be an iterable, not {it.Type.Name}"
                : $"Value after * must be an iterable, not {it.Type.Name}");
        foreach (var x in Ops.ToList(it)) list.Append(x);
    }

    private static void DictUpdate(PyDict target, PyObject src, PyObject? callable)
    {
        if (src is PyDict sd)
        {
            foreach (var kv in sd.Pairs())
            {
                if (callable != null)
                {
                    if (kv.Key is not PyStr)
                        throw PyError.TypeError("keywords must be strings");
                    if (target.Table.Contains(kv.Key))
                        throw PyError.TypeError($"{CallableName(callable)} got multiple values for keyword argument '{((PyStr)kv.Key).Value}'");
                }
                target.Set(kv.Key, kv.Value);
            }
            return;
        }
        var keysFn = Ops.GetAttrOrNull(src, "keys");
        if (keysFn == null)
            throw PyError.TypeError(callable != null
                ? $"{CallableName(callable)} argument after ** must be a mapping, not {src.Type.Name}"
                : $"'{src.Type.Name}' object is not a mapping");
        foreach (var k in Ops.ToList(Ops.Call(keysFn)))
        {
            if (callable != null && target.Table.Contains(k))
                throw PyError.TypeError($"{CallableName(callable)} got multiple values for keyword argument '{Ops.StrString(k)}'");
            target.Set(k, Ops.GetItem(src, k));
        }
    }

    internal static string CallableName(PyObject c) => c switch
    {
        PyFunction f => (f.Module is PyStr m && m.Value != "builtins" ? m.Value + "." : "") + f.QualName + "()",
        PyMethod m => CallableName(m.Func),
        PyBuiltinFunction b => b.QualName + "()",
        PyType t => t.Name + "()",
        _ => c.Type.Name + " object",
    };

    private static void UnpackSequence(PyObject seq, int n, Slot[] stack, int sp)
    {
        PyObject[] items;
        if (seq is PyTuple t && seq.Type == Types.Tuple) items = t.Items;
        else if (seq is PyList l && seq.Type == Types.List) items = l.ToArray();
        else
        {
            if (seq.Type.Lookup("__iter__") == null && seq.Type.Lookup("__getitem__") == null)
                throw PyError.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
            var it = Ops.GetIter(seq);
            var list = new List<PyObject>(n);
            while (true)
            {
                var x = Ops.Next(it);
                if (x == null) break;
                if (list.Count == n) throw PyError.ValueError($"too many values to unpack (expected {n})");
                list.Add(x);
            }
            items = [.. list];
        }
        if (items.Length != n)
        {
            if (items.Length > n)
                throw PyError.ValueError($"too many values to unpack (expected {n})");
            throw PyError.ValueError($"not enough values to unpack (expected {n}, got {items.Length})");
        }
        // Pushed in reverse: the first target is stored first.
        for (int i = 0; i < n; i++) stack[sp + i].O = items[n - 1 - i];
    }

    private static void UnpackEx(PyObject seq, int before, int after, Slot[] stack, int sp)
    {
        if (seq.Type.Lookup("__iter__") == null && seq.Type.Lookup("__getitem__") == null)
            throw PyError.TypeError($"cannot unpack non-iterable {seq.Type.Name} object");
        int total = before + after + 1;
        var outv = new PyObject[total];
        // As CPython: the leading targets come from the iterator, the starred rest from list(iterator),
        // which asks the iterator for its own __iter__ once more.
        var it = Ops.GetIter(seq);
        for (int i = 0; i < before; i++)
            outv[i] = Ops.Next(it) ?? throw PyError.ValueError($"not enough values to unpack (expected at least {before + after}, got {i})");
        var rest = Ops.ToList(it);
        if (rest.Count < after)
            throw PyError.ValueError($"not enough values to unpack (expected at least {before + after}, got {before + rest.Count})");
        int midLen = rest.Count - after;
        outv[before] = new PyList(rest.GetRange(0, midLen).ToArray());
        for (int i = 0; i < after; i++) outv[before + 1 + i] = rest[midLen + i];
        for (int i = 0; i < total; i++) stack[sp + i].O = outv[total - 1 - i];
    }

    private PyObject Intrinsic(Intrinsic1 which, PyObject v, Frame f)
    {
        switch (which)
        {
            case Intrinsic1.Print:
                // sys.displayhook for interactive input: echo the repr, remember it as `_`.
                if (v != Py.None)
                {
                    var text = Ops.ReprString(v) + "\n";
                    var stdout = Builtins.SysModule.Get(Interp, "stdout");
                    if (stdout is Builtins.PyTextSink sink) sink.Writer.Write(text);
                    else if (stdout != null) Ops.Call(Ops.GetAttr(stdout, "write"), PyStr.From(text));
                    Interp.BuiltinsDict.Set("_", v);
                }
                return Py.None;
            case Intrinsic1.ImportStar:
                Interp.Importer.ImportStar(v, f.Locals ?? f.Globals);
                return Py.None;
            case Intrinsic1.StopIterationError:
            {
                var exc = (PyBaseException)v;
                string kind = (f.Code.Flags & CodeFlags.Coroutine) != 0 ? "coroutine" : "generator";
                if (exc.Type.IsSubtypeOf(Types.StopIteration))
                {
                    var e = PyError.Runtime($"{kind} raised StopIteration").Exc;
                    e.Cause = exc; e.Context = exc; e.SuppressContext = true;
                    return e;
                }
                if (exc.Type.IsSubtypeOf(Types.StopAsyncIteration) && (f.Code.Flags & CodeFlags.AsyncGenerator) != 0)
                {
                    var e = PyError.Runtime("async generator raised StopAsyncIteration").Exc;
                    e.Cause = exc; e.Context = exc; e.SuppressContext = true;
                    return e;
                }
                return exc;
            }
            case Intrinsic1.UnaryPositive: return Ops.Positive(v);
            case Intrinsic1.ListToTuple: return PyTuple.Of(((PyList)v).ToArray());
            case Intrinsic1.TypeVar: return TypeParamTypes.MakeParam(TypeParamKind.TypeVar, v);
            case Intrinsic1.ParamSpec: return TypeParamTypes.MakeParam(TypeParamKind.ParamSpec, v);
            case Intrinsic1.TypeVarTuple: return TypeParamTypes.MakeParam(TypeParamKind.TypeVarTuple, v);
            case Intrinsic1.TypeAlias: return TypeParamTypes.MakeAlias(v);
            case Intrinsic1.CloseDropped: CloseDropped(v); return Py.None;
            default: return Py.None;
        }
    }

    /// <summary>
    /// A `for` loop over a fresh generator (`for x in gen():`) is left early (break, return,
    /// exception): CPython's refcounting drops the generator there and its finaliser closes it.
    /// We cannot see other references, so the compiler asks for this only when the iterable is a
    /// call result the loop alone holds (see PyCompiler.For); an error from close() is reported
    /// as "Exception ignored", as a finaliser's is.
    /// </summary>
    private void CloseDropped(PyObject v)
    {
        if (v is not PyGenerator { Started: true, Frame: not null } g || g.Type != Types.Generator) return;
        try { g.Close(); }
        catch (PyError e)
        {
            // sys.unraisablehook's layout: the exception alone, without its chain.
            var sb = new System.Text.StringBuilder("Exception ignored in: " + Ops.ReprString(g) + "\n");
            if (e.Exc.Traceback is { } tb)
            {
                sb.Append("Traceback (most recent call last):\n");
                Diagnostics.TracebackFormatter.FormatFrames(tb, Interp, sb);
            }
            var text = sb.Append(Diagnostics.TracebackFormatter.FormatExceptionOnly(e.Exc, Interp)).ToString();
            var stderr = Builtins.SysModule.Get(Interp, "stderr");
            if (stderr is Builtins.PyTextSink sink) sink.Writer.Write(text);
            else if (stderr != null) Ops.Call(Ops.GetAttr(stderr, "write"), PyStr.From(text));
        }
    }

    /// <summary>`raise`, `raise X`, `raise X from Y`: builds the exception and sets its context.</summary>
    private PyBaseException DoRaise(Slot[] stack, ref int sp, int argc, Frame f)
    {
        if (argc == 0)
        {
            return TopmostHandled() ?? PyError.Runtime("No active exception to reraise").Exc;
        }
        PyObject? causeObj = argc == 2 ? stack[--sp].O : null;
        var excObj = stack[--sp].O!;
        PyBaseException exc;
        try
        {
            exc = MakeException(excObj);
            if (causeObj != null)
            {
                if (causeObj == Py.None) exc.Cause = null;
                else
                {
                    var c = causeObj is PyType ct && ct.IsSubtypeOf(Types.BaseException)
                        ? MakeException(ct)
                        : causeObj as PyBaseException ?? throw PyError.TypeError("exception causes must derive from BaseException");
                    exc.Cause = c;
                }
                exc.SuppressContext = true;
            }
        }
        catch (PyError e) { exc = e.Exc; }
        f.Sp = sp;
        return SetContext(exc);
    }

    /// <summary>Links a newly raised exception to the one being handled (`__context__`), breaking cycles.</summary>
    internal PyBaseException SetContext(PyBaseException exc)
    {
        var handled = TopmostHandled();
        if (handled != null && handled != exc)
        {
            // Avoid a cycle: if exc is already in handled's context chain, cut it there.
            var o = handled;
            while (o.Context != null)
            {
                if (o.Context == exc) { o.Context = null; break; }
                o = o.Context;
            }
            exc.Context = handled;
        }
        return exc;
    }

    internal static PyBaseException MakeException(PyObject o)
    {
        if (o is PyBaseException be) return be;
        if (o is PyType t && t.IsSubtypeOf(Types.BaseException))
        {
            var r = Ops.Call(t);
            if (r is PyBaseException rb) return rb;
            throw PyError.TypeError($"calling {t.Name} should have returned an instance of BaseException, not {r.Type.Name}");
        }
        throw PyError.TypeError("exceptions must derive from BaseException");
    }

    internal static bool ExceptionMatches(PyObject exc, PyObject type)
    {
        if (type is PyTuple tt)
        {
            foreach (var t in tt.Items) CheckCatchable(t);
            foreach (var t in tt.Items)
                if (exc.Type.IsSubtypeOf((PyType)t)) return true;
            return false;
        }
        CheckCatchable(type);
        return exc.Type.IsSubtypeOf((PyType)type);
    }

    private static void CheckCatchable(PyObject t)
    {
        if (t is not PyType pt || !pt.IsSubtypeOf(Types.BaseException))
            throw PyError.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private (PyObject exit, PyObject entered) BeforeWith(PyObject mgr, Frame f, int ip)
    {
        var enter = mgr.Type.Lookup("__enter__");
        var exit = mgr.Type.Lookup("__exit__");
        if (enter == null)
            throw PyError.TypeError(mgr.Type.Lookup("__aenter__") != null
                ? $"'{mgr.Type.Name}' object does not support the context manager protocol (missed __enter__ method) but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?"
                : $"'{mgr.Type.Name}' object does not support the context manager protocol");
        if (exit == null)
            throw PyError.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        var boundExit = Ops.BindDescriptor(exit, mgr, mgr.Type);
        f.Ip = ip;
        var entered = Ops.CallDescriptor(enter, mgr, []);
        return (boundExit, entered);
    }

    private static (PyObject exit, PyObject entered) BeforeAsyncWith(PyObject mgr)
    {
        var enter = mgr.Type.Lookup("__aenter__");
        var exit = mgr.Type.Lookup("__aexit__");
        if (enter == null || exit == null)
            throw PyError.TypeError($"'{mgr.Type.Name}' object does not support the asynchronous context manager protocol");
        var boundExit = Ops.BindDescriptor(exit, mgr, mgr.Type);
        var entered = Coroutines.GetAwaitable(Ops.CallDescriptor(enter, mgr, []));
        return (boundExit, entered);
    }

    /// <summary>A frame for a call whose arguments sit on the operand stack (not inlined: Dispatch stays small).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame FrameFromStack(PyFunction fn, Slot[] stack, int start, int count, string[]? kwNames) =>
        MakeFrame(fn, ArgsSpan(stack, start, count), kwNames);

    private static ReadOnlySpan<PyObject> ArgsSpan(Slot[] stack, int start, int count) =>
        System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(
            ref Unsafe.As<Slot, PyObject>(ref stack[start]), count);

    private void PushFrame(Frame nf)
    {
        nf.Back = Frame;
        Frame = nf;
        if (++Depth > Interp.RecursionLimit)
        {
            Depth--;
            Frame = nf.Back;
            nf.Back = null;
            throw PyError.Recursion("maximum recursion depth exceeded");
        }
        if (--Budget <= 0) BudgetTick();
    }
}
