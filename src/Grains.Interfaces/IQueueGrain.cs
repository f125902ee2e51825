using GilGrid.Grains.Interfaces.Values;
using Orleans.Concurrency;

namespace GilGrid.Grains.Interfaces;

/// <summary>
/// A named FIFO queue of wire values across the cluster (the grid's form of CPython's
/// `interpreters` queues). Bounded when created with a max size; waits are long-polls: a
/// <see cref="Put"/> on a full queue or a <see cref="Get"/> on an empty one parks until the other
/// side or the timeout comes. Items live in the activation's memory: they are lost with its silo.
/// </summary>
[Alias("gilgrid.IQueueGrain")]
public interface IQueueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sets the queue's max size unless it was already set, by this or by a first <see cref="Put"/>
    /// (which makes it unbounded); returns the max size in force (0: unbounded). A max size of 0 only
    /// asks, so that a consumer naming the queue first does not fix it for the producer.
    /// </summary>
    [Alias("Create")]
    Task<int> Create(int maxSize);

    // Put and Get interleave: a Get waiting on an empty queue must let the Put that fills it in (a
    // non-reentrant grain would hold the Put back until the Get timed out). Every method touches the
    // queue only between awaits on the grain's own scheduler, so interleaving keeps it consistent.

    /// <summary>
    /// Appends a value, waiting up to <paramref name="timeout"/> for room (zero: no wait);
    /// <see cref="QueueFullException"/> when there is none by then.
    /// </summary>
    [Alias("Put"), AlwaysInterleave]
    Task Put(WireValue value, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the oldest value, waiting up to <paramref name="timeout"/> for one (zero: no wait);
    /// <see cref="QueueEmptyException"/> when none came. A Get cancelled by its caller leaves the
    /// queue once the cancellation reaches the grain; a value handed to it before then goes with it.
    /// </summary>
    [Alias("Get"), AlwaysInterleave]
    Task<WireValue> Get(TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>How many values wait in the queue.</summary>
    [Alias("Count"), AlwaysInterleave]
    Task<int> Count();
}

/// <summary>A <see cref="IQueueGrain.Get"/> found no value in time (CPython's `QueueEmpty`).</summary>
[GenerateSerializer, Alias("gilgrid.QueueEmptyException")]
public sealed class QueueEmptyException(string message) : Exception(message);

/// <summary>A <see cref="IQueueGrain.Put"/> found no room in time (CPython's `QueueFull`).</summary>
[GenerateSerializer, Alias("gilgrid.QueueFullException")]
public sealed class QueueFullException(string message) : Exception(message);
