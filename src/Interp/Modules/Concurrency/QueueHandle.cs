using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `interpreters.Queue`: the Python face of a <see cref="CrossQueue"/>. A handle holds only the
/// queue, so it is shared by reference between interpreters (pass it to `prepare_main`, `call`, or
/// put it on another queue). Blocking methods release the caller's GIL while they wait.
/// </summary>
internal sealed class QueueHandle(CrossQueue queue) : PyObject(HandleType), ICrossInterpreterHandle
{
    public static readonly PyType HandleType = MakeType();
    public readonly CrossQueue Queue = queue;

    private static PyType MakeType()
    {
        var t = new PyType(Types.Type, "Queue", [Types.Object]) { IsBaseType = false };
        t.Mro = PyType.ComputeMro(t);
        t.Attrs["__module__"] = PyStr.From(ConcurrencyErrors.Module);
        t.New((cls, args, kw) =>
        {
            // Queue(id): a handle on an existing queue, as CPython's queues.Queue(id).
            var a = ArgCheck.Bind("Queue", args, kw, ["id"], 1, posOnly: 1);
            if (a[0] is not PyInt id || id.Type != Types.Int) throw PyError.TypeError($"id must be an int, got {Ops.StrString(Ops.Repr(a[0]!))}");
            var q = id.IsBig ? null : CrossQueue.Find(id.V);
            return q != null ? new QueueHandle(q) : throw ConcurrencyErrors.Error(ConcurrencyErrors.QueueNotFoundError, $"queue {Ops.StrString(id)} not found");
        });
        t.Getter("id", self => PyInt.From(Q(self).Id));
        t.Getter("maxsize", self => PyInt.From(Q(self).MaxSize));
        t.Method0("empty", self => Py.Bool(Q(self).Count == 0));
        t.Method0("full", self => Py.Bool(Q(self).IsFull));
        t.Method0("qsize", self => PyInt.From(Q(self).Count));
        t.Method("put", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("put", args, kw, ["obj", "block", "timeout", "unbounditems"], 1, kwOnlyFrom: 3);
            bool block = a[1] == null || Ops.IsTrue(a[1]!);
            Put(Q(self), a[0]!, block ? Timeout(a[2]) : TimeSpan.Zero, UnboundMarker.PolicyOf(a[3], Q(self).DefaultPolicy));
            return Py.None;
        });
        t.Method("put_nowait", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("put_nowait", args, kw, ["obj", "unbounditems"], 1, kwOnlyFrom: 1);
            Put(Q(self), a[0]!, TimeSpan.Zero, UnboundMarker.PolicyOf(a[1], Q(self).DefaultPolicy));
            return Py.None;
        });
        t.Method("get", (self, args, kw) =>
        {
            var a = ArgCheck.Bind("get", args, kw, ["block", "timeout"], 0);
            bool block = a[0] == null || Ops.IsTrue(a[0]!);
            return Get(Q(self), block ? Timeout(a[1]) : TimeSpan.Zero);
        });
        t.Method0("get_nowait", self => Get(Q(self), TimeSpan.Zero));
        t.Method0("__repr__", self => PyStr.From($"Queue({Q(self).Id})"));
        t.Method0("__hash__", self => PyInt.From(Q(self).Id));
        t.Binary("__eq__", (a, b) => b is QueueHandle o ? Py.Bool(o.Queue == Q(a)) : Py.NotImplemented);
        t.IsImmutable = true;
        return t;
    }

    private static CrossQueue Q(PyObject self) => ((QueueHandle)self).Queue;

    /// <summary>None → wait forever; a number of seconds ≥ 0 otherwise (CPython's message when negative).</summary>
    private static TimeSpan? Timeout(PyObject? timeout)
    {
        if (timeout == null || timeout == Py.None) return null;
        double seconds = FloatMethods.ToDouble(timeout);
        if (seconds < 0) throw PyError.ValueError("timeout value must be non-negative");
        return TimeSpan.FromSeconds(seconds);
    }

    private static void Put(CrossQueue q, PyObject obj, TimeSpan? timeout, Unbound policy)
    {
        var item = Shareable.Transfer(obj);
        var interp = ThreadState.Current.Interp;
        bool ok;
        if (q.TryPut(item, interp, policy, TimeSpan.Zero, static () => { })) return;
        if (timeout == TimeSpan.Zero) throw ConcurrencyErrors.Error(ConcurrencyErrors.QueueFull, $"queue {q.Id} is full");
        using (interp.ReleaseGil())
        {
            q.SpinUntil(static q => !q.IsFull);
            ok = q.TryPut(item, interp, policy, timeout, interp.CheckInterrupt);
        }
        if (!ok) throw ConcurrencyErrors.Error(ConcurrencyErrors.QueueFull, $"queue {q.Id} is full");
    }

    private static PyObject Get(CrossQueue q, TimeSpan? timeout)
    {
        if (q.TryGet(TimeSpan.Zero, static () => { }, out var item, out var unbound)) return Received(item, unbound);
        if (timeout == TimeSpan.Zero) throw ConcurrencyErrors.Error(ConcurrencyErrors.QueueEmpty, $"queue {q.Id} is empty");
        var interp = ThreadState.Current.Interp;
        bool ok;
        using (interp.ReleaseGil())
        {
            q.SpinUntil(static q => q.Count > 0);
            ok = q.TryGet(timeout, interp.CheckInterrupt, out item, out unbound);
        }
        if (!ok) throw ConcurrencyErrors.Error(ConcurrencyErrors.QueueEmpty, $"queue {q.Id} is empty");
        return Received(item, unbound);
    }

    private static PyObject Received(PyObject? item, Unbound? unbound) => unbound switch
    {
        null => Shareable.Receive(item!),
        Unbound.Error => throw ConcurrencyErrors.Error(ConcurrencyErrors.ItemInterpreterDestroyed, "item's original interpreter destroyed"),
        _ => UnboundMarker.Unbound,
    };
}
