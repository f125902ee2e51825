using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Grains;

/// <summary>
/// A bounded FIFO whose waiters park on TaskCompletionSources (no polling). Every method runs on the
/// grain's scheduler and changes the queue only between awaits, so the interleaving methods need no
/// lock. A Put hands its value straight to the oldest waiting Get; a Get that frees room admits the
/// oldest waiting Put.
/// </summary>
[GrainType(GrainTypes.Queue)]
public sealed class QueueGrain : Grain, IQueueGrain
{
    private readonly Queue<WireValue> _items = new();
    private readonly LinkedList<TaskCompletionSource<WireValue>> _getters = new();
    private readonly LinkedList<(WireValue Value, TaskCompletionSource Admitted)> _putters = new();
    private int? _maxSize;

    private string Name => this.GetPrimaryKeyString();

    private bool IsFull => _maxSize > 0 && _items.Count >= _maxSize;

    public Task<int> Create(int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSize);
        if (maxSize > 0) _maxSize ??= maxSize;
        return Task.FromResult(_maxSize ?? 0);
    }

    public Task<int> Count() => Task.FromResult(_items.Count);

    public async Task Put(WireValue value, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        _maxSize ??= 0;
        // Items live only in this activation: keep it while it may hold some (idle collection
        // would drop them; a queue nobody uses for a day is collected).
        DelayDeactivation(TimeSpan.FromDays(1));
        while (_getters.First is { } getter)
        {
            _getters.RemoveFirst();
            if (getter.Value.TrySetResult(value)) return;
        }
        if (!IsFull)
        {
            _items.Enqueue(value);
            return;
        }
        var admitted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var node = _putters.AddLast((value, admitted));
        if (!await Wait(admitted.Task, timeout, cancellationToken))
        {
            _putters.Remove(node);
            cancellationToken.ThrowIfCancellationRequested();
            throw new QueueFullException($"queue '{Name}' is full");
        }
    }

    public async Task<WireValue> Get(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (_items.TryDequeue(out var item))
        {
            AdmitWaitingPut();
            return item;
        }
        var got = new TaskCompletionSource<WireValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var node = _getters.AddLast(got);
        if (!await Wait(got.Task, timeout, cancellationToken))
        {
            _getters.Remove(node);
            cancellationToken.ThrowIfCancellationRequested();
            throw new QueueEmptyException($"queue '{Name}' is empty");
        }
        return got.Task.Result;
    }

    private void AdmitWaitingPut()
    {
        if (_putters.First is not { } putter) return;
        _putters.RemoveFirst();
        _items.Enqueue(putter.Value.Value);
        putter.Value.Admitted.SetResult();
    }

    /// <summary>
    /// Waits for a waiter's task, the timeout or cancellation; true when the task completed. Whoever
    /// completes a waiter first unlinks it, and that too happens on this grain's scheduler, so a
    /// waiter that timed out cannot have been given a value it then drops.
    /// </summary>
    private static async Task<bool> Wait(Task waiter, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero && timeout != Timeout.InfiniteTimeSpan) return waiter.IsCompleted;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, stop.Token);
        await Task.WhenAny(waiter, delay);
        stop.Cancel();
        return waiter.IsCompleted;
    }
}
