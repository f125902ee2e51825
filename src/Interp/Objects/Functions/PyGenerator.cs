using GilGrid.Interp.Compiler;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// A generator or coroutine: a suspended heap frame. Resuming re-enters the dispatch loop with
/// the frame as entry; YieldValue returns from that loop and leaves the frame suspended.
/// </summary>
public sealed class PyGenerator : PyObject
{
    public Frame? Frame;
    public bool Running;
    public bool Started;
    public readonly bool IsCoroutine;
    public string Name, QualName;
    /// <summary>The value of the `return` that ended the generator (StopIteration.value).</summary>
    public PyObject ReturnValue = Py.None;
    /// <summary>The generator's own `sys.exception()` while it is suspended.</summary>
    internal PyBaseException? SavedHandled;

    public PyGenerator(Frame frame, PyFunction func)
        : base((func.Code.Flags & CodeFlags.Coroutine) != 0 ? Types.Coroutine
            : (func.Code.Flags & CodeFlags.AsyncGenerator) != 0 ? Types.AsyncGenerator : Types.Generator)
    {
        Frame = frame;
        frame.Generator = this;
        IsCoroutine = (func.Code.Flags & CodeFlags.Coroutine) != 0;
        Name = func.Name;
        QualName = func.QualName;
    }

    private string Kind => IsCoroutine ? "coroutine" : Type == Types.AsyncGenerator ? "async generator" : "generator";

    /// <summary>True when the frame is suspended at a `yield` of its own (not inside `await`).</summary>
    public bool SuspendedAtOwnYield
    {
        get
        {
            var f = Frame;
            if (f == null || f.Ip == 0) return false;
            int w = f.Code.Instructions[f.Ip - 1];
            return (OpCode)(w & 0xFF) == OpCode.YieldValue && (w >> 8) == 0;
        }
    }

    /// <summary>Sends a value in; returns the next yielded value, or null when the generator finished.</summary>
    public PyObject? Resume(PyObject sent, bool pushSent = true) => RunFrame(sent, null, pushSent);

    private PyObject? RunFrame(PyObject? sent, PyBaseException? throwIn, bool pushSent)
    {
        var frame = Frame;
        if (frame == null)
        {
            if (throwIn != null) throw new PyError(throwIn);
            if (IsCoroutine) throw PyError.Runtime("cannot reuse already awaited coroutine");
            return null;
        }
        if (Running) throw PyError.ValueError($"{Kind} already executing");
        if (!Started)
        {
            if (throwIn == null && sent != null && sent != Py.None)
                throw PyError.TypeError($"can't send non-None value to a just-started {Kind}");
            Started = true;
            if (throwIn != null)
            {
                // Thrown into a generator that never ran: it finishes without running its body.
                Frame = null;
                throw new PyError(throwIn);
            }
        }
        else if (throwIn == null && pushSent) frame.Stack[frame.Sp++].O = sent;
        var ts = ThreadState.Current;
        var prevHandled = ts.Handled;
        frame.ResumerHandled = prevHandled;
        ts.Handled = SavedHandled;
        Running = true;
        try
        {
            var v = ts.Run(frame, throwIn);
            if (frame.Completed)
            {
                Frame = null;
                ReturnValue = v;
                return null;
            }
            return v;
        }
        catch (PyError e)
        {
            Frame = null;
            if (e.Exc.Type.IsSubtypeOf(Types.StopIteration))
            {
                var r = PyError.Runtime($"{Kind} raised StopIteration");
                r.Exc.Cause = e.Exc; r.Exc.Context = e.Exc; r.Exc.SuppressContext = true;
                throw r;
            }
            throw;
        }
        finally
        {
            Running = false;
            SavedHandled = ts.Handled;
            ts.Handled = prevHandled;
            frame.ResumerHandled = null;
        }
    }

    /// <summary>gen.send(v): the next value, or StopIteration carrying the return value.</summary>
    public PyObject Send(PyObject v)
    {
        var r = Resume(v);
        if (r == null) throw StopIterationWith(ReturnValue);
        return r;
    }

    public static PyError StopIterationWith(PyObject value) =>
        new(value == Py.None ? PyBaseException.Create(Types.StopIteration) : PyBaseException.Create(Types.StopIteration, value));

    /// <summary>True when suspended inside `yield from`/`await` (YieldValue with arg 1).</summary>
    private bool Delegating(out PyObject sub)
    {
        sub = null!;
        var f = Frame;
        if (f == null || !Started || f.Ip == 0) return false;
        int w = f.Code.Instructions[f.Ip - 1];
        if ((OpCode)(w & 0xFF) != OpCode.YieldValue || (w >> 8) != 1) return false;
        sub = f.Stack[f.Sp - 1].O!;
        return true;
    }

    /// <summary>The iterator this generator is delegating to (gi_yieldfrom / cr_await), or null.</summary>
    public PyObject? DelegateTarget => Delegating(out var sub) ? sub : null;

    /// <summary>gen.throw(exc): raises exc at the suspension point.</summary>
    public PyObject Throw(PyBaseException exc)
    {
        if (Delegating(out var sub))
        {
            PyBaseException? intoUs = null;
            try
            {
                if (exc.Type.IsSubtypeOf(Types.GeneratorExit))
                {
                    CloseSub(sub);
                    intoUs = exc;
                }
                else if (sub is PyGenerator g)
                {
                    var r = g.ThrowOrFinish(exc);
                    if (r != null) return r;
                    return FinishDelegation(g.ReturnValue);
                }
                else
                {
                    var t = Ops.GetAttrOrNull(sub, "throw");
                    if (t == null) intoUs = exc;
                    else return Ops.Call(t, exc);
                }
            }
            catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration) && sub is not PyGenerator)
            {
                return FinishDelegation(StopValue(e.Exc));
            }
            catch (PyError e) { intoUs = e.Exc; }
            exc = intoUs!;
        }
        var v = RunFrame(null, exc, false);
        if (v == null) throw StopIterationWith(ReturnValue);
        return v;
    }

    /// <summary>Throw for delegation: null when the generator finished (ReturnValue set).</summary>
    private PyObject? ThrowOrFinish(PyBaseException exc)
    {
        try { return Throw(exc); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration) && Frame == null)
        {
            ReturnValue = StopValue(e.Exc);
            return null;
        }
    }

    private PyObject FinishDelegation(PyObject result)
    {
        var f = Frame!;
        // Replace the sub-iterator with its result and continue after the SEND loop.
        int jump = f.Code.Instructions[f.Ip];
        int sendIp = jump >> 8;
        int target = f.Code.Instructions[sendIp] >> 8;
        f.Stack[f.Sp - 1].O = result;
        f.Ip = target;
        var v = RunFrame(null, null, false);
        if (v == null) throw StopIterationWith(ReturnValue);
        return v;
    }

    private static void CloseSub(PyObject sub)
    {
        if (sub is PyGenerator g) { g.Close(); return; }
        var c = Ops.GetAttrOrNull(sub, "close");
        if (c != null) Ops.Call(c);
    }

    internal static PyObject StopValue(PyBaseException e) => e.Args.Items.Length > 0 ? e.Args.Items[0] : Py.None;

    /// <summary>gen.close(): GeneratorExit at the suspension point; returns the value of a `return` it triggered.</summary>
    public PyObject Close()
    {
        if (Frame == null) return Py.None;
        if (!Started) { Frame = null; return Py.None; }
        try
        {
            Throw(PyBaseException.Create(Types.GeneratorExit));
        }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.GeneratorExit))
        {
            return Py.None;
        }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration) && Frame == null)
        {
            return StopValue(e.Exc);
        }
        throw PyError.Runtime($"{Kind} ignored GeneratorExit");
    }
}

/// <summary>The await / async-iteration protocol helpers used by the dispatch loop.</summary>
public static class Coroutines
{
    public static PyObject GetAwaitable(PyObject o)
    {
        if (o is PyGenerator g && g.IsCoroutine)
        {
            if (g.Frame == null || (g.Started && g.Frame.Lasti >= 0 && g.Running))
                throw PyError.Runtime("cannot reuse already awaited coroutine");
            return g;
        }
        var aw = o.Type.Lookup("__await__")
            ?? throw PyError.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
        var it = Ops.CallDescriptor(aw, o, []);
        if (it is PyGenerator ig && ig.IsCoroutine)
            throw PyError.TypeError("__await__() returned a coroutine");
        if (it.Type.Lookup("__next__") == null)
            throw PyError.TypeError($"__await__() returned non-iterator of type '{it.Type.Name}'");
        return it;
    }

    /// <summary>One step of `yield from`/`await`: (true, yielded) or (false, return value).</summary>
    public static (bool yielded, PyObject value) Send(PyObject sub, PyObject v)
    {
        if (sub is PyGenerator g)
        {
            var r = g.Resume(v);
            return r == null ? (false, g.ReturnValue) : (true, r);
        }
        try
        {
            PyObject r = v == Py.None
                ? Ops.CallDescriptor(sub.Type.Lookup("__next__") ?? throw PyError.TypeError($"'{sub.Type.Name}' object is not an iterator"), sub, [])
                : Ops.Call(Ops.GetAttr(sub, "send"), v);
            return (true, r);
        }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration))
        {
            return (false, PyGenerator.StopValue(e.Exc));
        }
    }

    public static PyObject GetAiter(PyObject o)
    {
        var f = o.Type.Lookup("__aiter__")
            ?? throw PyError.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var it = Ops.CallDescriptor(f, o, []);
        if (it.Type.Lookup("__anext__") == null)
            throw PyError.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        return it;
    }

    public static PyObject GetAnext(PyObject it)
    {
        var f = it.Type.Lookup("__anext__")
            ?? throw PyError.TypeError($"'async for' requires an iterator with __anext__ method, got {it.Type.Name}");
        return GetAwaitable(Ops.CallDescriptor(f, it, []));
    }
}
