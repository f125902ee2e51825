using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Objects;

/// <summary>
/// The awaitable returned by `agen.__anext__()`/`asend(v)`/`athrow(...)`: drives the async generator's
/// frame; values the frame yields itself finish the await (StopIteration(value)), values yielded
/// by an inner `await` pass through to the event loop.
/// </summary>
public sealed class PyAsyncGenASend(PyGenerator gen, PyObject sendValue, PyBaseException? throwIn, bool closing = false)
    : PyObject(Types.AsyncGenASend)
{
    private PyObject? _first = sendValue;
    private PyBaseException? _throwIn = throwIn;
    private bool _done;

    private PyObject Finish(PyObject? r)
    {
        if (r == null)
        {
            _done = true;
            // aclose(): the generator ended, as it should; the await returns None.
            if (closing) throw PyGenerator.StopIterationWith(Py.None);
            throw new PyError(PyBaseException.Create(Types.StopAsyncIteration));
        }
        if (gen.SuspendedAtOwnYield)
        {
            _done = true;
            if (closing) throw PyError.Runtime("async generator ignored GeneratorExit");
            throw PyGenerator.StopIterationWith(r);
        }
        return r;
    }

    /// <summary>Runs one step; under aclose() a GeneratorExit or StopAsyncIteration escaping the frame means "closed".</summary>
    private PyObject Step(Func<PyObject?> step)
    {
        try { return Finish(step()); }
        catch (PyError e) when (closing && !_done
            && (e.Exc.Type.IsSubtypeOf(Types.GeneratorExit) || e.Exc.Type.IsSubtypeOf(Types.StopAsyncIteration)))
        {
            return Finish(null);
        }
    }

    public PyObject Send(PyObject v)
    {
        if (_done) throw PyError.Runtime("cannot reuse already awaited __anext__()/asend()");
        if (_throwIn != null)
        {
            var t = _throwIn;
            _throwIn = null;
            _first = null;
            return Step(() => ThrowInto(t));
        }
        var value = _first ?? v;
        _first = null;
        try { return Step(() => gen.Resume(value)); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopAsyncIteration) && !ReferenceEquals(e.Exc, null)) { _done = true; throw; }
    }

    private PyObject? ThrowInto(PyBaseException exc)
    {
        try { return gen.Throw(exc); }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopIteration) && gen.Frame == null) { return null; }
    }

    public PyObject Throw(PyBaseException exc)
    {
        if (_done) throw PyError.Runtime("cannot reuse already awaited __anext__()/asend()");
        _first = null;
        return Step(() => ThrowInto(exc));
    }

    public static void Register()
    {
        var agen = Types.AsyncGenerator;
        agen.Method0("__aiter__", self => self);
        agen.Method0("__anext__", self => new PyAsyncGenASend((PyGenerator)self, Py.None, null));
        agen.Method1("asend", (self, v) => new PyAsyncGenASend((PyGenerator)self, v, null));
        agen.Method("athrow", (self, args, kw) =>
        {
            var exc = args[0] is PyType t ? ThreadState.MakeException(t) : args[0] as PyBaseException
                ?? throw PyError.TypeError("exceptions must be classes or instances deriving from BaseException, not " + args[0].Type.Name);
            return new PyAsyncGenASend((PyGenerator)self, Py.None, exc);
        });
        agen.Method0("aclose", self => new PyAsyncGenASend((PyGenerator)self, Py.None, PyBaseException.Create(Types.GeneratorExit), closing: true));
        agen.Method0("__repr__", self => PyStr.From($"<async_generator object {((PyGenerator)self).QualName} at 0x{ObjectMethods.Id(self):x12}>"));
        agen.Getter("__name__", self => PyStr.From(((PyGenerator)self).Name));
        agen.Getter("__qualname__", self => PyStr.From(((PyGenerator)self).QualName));
        agen.Getter("ag_running", self => Py.Bool(((PyGenerator)self).Running));

        var s = Types.AsyncGenASend;
        s.Method0("__await__", self => self);
        s.Method0("__iter__", self => self);
        s.Method0("__next__", self => ((PyAsyncGenASend)self).Send(Py.None));
        s.Method1("send", (self, v) => ((PyAsyncGenASend)self).Send(v));
        s.Method("throw", (self, args, kw) =>
            ((PyAsyncGenASend)self).Throw(args[0] is PyType t ? ThreadState.MakeException(t) : (PyBaseException)args[0]));
        s.Method0("close", self => Py.None);
    }
}

/// <summary>anext(it, default): awaits it.__anext__() and turns StopAsyncIteration into `default`.</summary>
public sealed class PyAnextDefault(PyObject awaitable, PyObject dflt) : PyObject(Types.CoroutineWrapper)
{
    private readonly PyObject _inner = Coroutines.GetAwaitable(awaitable);

    public PyObject Send(PyObject v)
    {
        try
        {
            var (yielded, value) = Coroutines.Send(_inner, v);
            if (yielded) return value;
            throw PyGenerator.StopIterationWith(value);
        }
        catch (PyError e) when (e.Exc.Type.IsSubtypeOf(Types.StopAsyncIteration))
        {
            throw PyGenerator.StopIterationWith(dflt);
        }
    }
}
