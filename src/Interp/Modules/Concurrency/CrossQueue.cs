using System.Collections.Concurrent;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// A FIFO between interpreters of this process (CPython's `_interpqueues`). Items are transferred
/// values (<see cref="Shareable.Transfer"/>): shareables by reference, fresh copies of containers,
/// so no item references an object owned by an interpreter. Waiting uses Monitor signalling (a put
/// wakes a waiting get at once; CPython 3.13 polls every 10 ms). Callers release their GIL before
/// calling the blocking methods; nothing here touches an interpreter.
/// </summary>
public sealed class CrossQueue
{
    private static readonly ConcurrentDictionary<long, CrossQueue> Registry = new();
    private static long _nextId;

    private readonly object _lock = new();
    private readonly Queue<Item> _items = new();

    /// <summary>An item, the interpreter that put it, and what becomes of it once that interpreter is closed.</summary>
    private readonly record struct Item(PyObject Value, Interpreter? Sender, Unbound Policy);

    private CrossQueue(long id, int maxSize, Unbound defaultPolicy)
    {
        Id = id;
        MaxSize = maxSize;
        DefaultPolicy = defaultPolicy;
    }

    /// <summary>The policy of items put without one (`create_queue(unbounditems=...)`).</summary>
    public Unbound DefaultPolicy { get; }

    public long Id { get; }
    /// <summary>0 or less: unbounded.</summary>
    public int MaxSize { get; }

    public static CrossQueue Create(int maxSize, Unbound defaultPolicy = Unbound.Replace)
    {
        var q = new CrossQueue(Interlocked.Increment(ref _nextId), maxSize, defaultPolicy);
        Registry[q.Id] = q;
        return q;
    }

    public static CrossQueue? Find(long id) => Registry.GetValueOrDefault(id);
    public static IEnumerable<CrossQueue> All => Registry.Values;

    /// <summary>Forgets the queue (CPython destroys it when the last handle goes; we do it on request).</summary>
    public void Destroy() => Registry.TryRemove(Id, out _);

    /// <summary>Items waiting (those of closed senders included until a get reaches them).</summary>
    public int Count
    {
        get { lock (_lock) return _items.Count; }
    }

    public bool IsFull
    {
        get { lock (_lock) return MaxSize > 0 && _items.Count >= MaxSize; }
    }

    /// <summary>
    /// Adds an item, waiting up to <paramref name="timeout"/> (null: forever) for room.
    /// <paramref name="checkInterrupt"/> runs between waits of at most 100 ms, so a cancelled caller stops.
    /// </summary>
    public bool TryPut(PyObject item, TimeSpan? timeout, Action checkInterrupt) => TryPut(item, null, DefaultPolicy, timeout, checkInterrupt);

    /// <summary>Adds an item from <paramref name="sender"/>, with the policy for when the sender is closed.</summary>
    public bool TryPut(PyObject value, Interpreter? sender, Unbound policy, TimeSpan? timeout, Action checkInterrupt)
    {
        var item = new Item(value, sender, policy);
        var deadline = Deadline(timeout);
        lock (_lock)
        {
            while (MaxSize > 0 && _items.Count >= MaxSize)
                if (!Wait(deadline, checkInterrupt)) return false;
            _items.Enqueue(item);
            Monitor.PulseAll(_lock);
            return true;
        }
    }

    /// <summary>Takes the oldest item, waiting up to <paramref name="timeout"/> (null: forever).</summary>
    /// <summary>
    /// Takes the oldest item, waiting up to <paramref name="timeout"/> (null: forever). An item whose
    /// sender was closed is dropped (Remove), handed back as null with <paramref name="unbound"/> set
    /// (Replace: the caller substitutes UNBOUND), or reported through <paramref name="unbound"/> (Error).
    /// </summary>
    public bool TryGet(TimeSpan? timeout, Action checkInterrupt, out PyObject? item, out Unbound? unbound)
    {
        var deadline = Deadline(timeout);
        lock (_lock)
        {
            while (true)
            {
                while (_items.Count == 0)
                    if (!Wait(deadline, checkInterrupt)) { item = null; unbound = null; return false; }
                var next = _items.Dequeue();
                Monitor.PulseAll(_lock);
                if (next.Sender is not { IsClosed: true })
                {
                    item = next.Value;
                    unbound = null;
                    return true;
                }
                if (next.Policy == Unbound.Remove) continue;
                item = null;
                unbound = next.Policy;
                return true;
            }
        }
    }

    public bool TryGet(TimeSpan? timeout, Action checkInterrupt, out PyObject? item) => TryGet(timeout, checkInterrupt, out item, out _);

    private static long Deadline(TimeSpan? timeout) =>
        timeout is { } t ? Environment.TickCount64 + (long)Math.Ceiling(t.TotalMilliseconds) : long.MaxValue;

    /// <summary>
    /// Spins briefly (outside the lock, GIL already released) for the next item or room before
    /// blocking: a ping-pong partner usually answers within microseconds, and a Monitor wake-up
    /// costs tens of them.
    /// </summary>
    public void SpinUntil(Func<CrossQueue, bool> ready)
    {
        var spin = new SpinWait();
        for (int i = 0; i < 50 && !ready(this); i++) spin.SpinOnce(sleep1Threshold: -1);
    }

    /// <summary>Waits for a pulse; false once the deadline has passed.</summary>
    private bool Wait(long deadline, Action checkInterrupt)
    {
        long left = deadline - Environment.TickCount64;
        if (left <= 0) return false;
        Monitor.Wait(_lock, (int)Math.Min(left, 100));
        // The interrupt check may throw: leave the queue's lock through the caller's lock statement.
        checkInterrupt();
        return true;
    }
}

/// <summary>What happens to a queued item once the interpreter that put it is closed (CPython 3.14's `unbounditems`).</summary>
public enum Unbound
{
    /// <summary>get() returns the `UNBOUND` marker instead (the default).</summary>
    Replace,
    /// <summary>get() raises ItemInterpreterDestroyed.</summary>
    Error,
    /// <summary>The item is dropped.</summary>
    Remove,
}
