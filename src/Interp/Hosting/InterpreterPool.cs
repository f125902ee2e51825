using System.Collections.Concurrent;
using GilGrid.Interp.Runtime;
using GilGrid.Interp.CrossInterpreter;

namespace GilGrid.Interp.Hosting;

/// <summary>One call for the pool: `module.function(*args, **kwargs)`.</summary>
public sealed record PoolCall(string Module, string Function, IReadOnlyList<CrossValue> Args,
    IReadOnlyDictionary<string, CrossValue>? Kwargs = null);

/// <summary>
/// What one call of a <see cref="InterpreterPool.MapAsync"/> gave: its value, or the error
/// (<see cref="PythonException"/>, <see cref="ExecutionInterruptedException"/> for a limit,
/// <see cref="OperationCanceledException"/>), and the worker that ran it (-1 if none did).
/// </summary>
public sealed record PoolResult(CrossValue? Value, Exception? Error, int Worker)
{
    public bool Succeeded => Error == null;
}

/// <summary>How the pool builds its interpreters.</summary>
public sealed record InterpreterPoolOptions
{
    public InterpreterConfig Config { get; init; } = InterpreterConfig.Isolated;

    /// <summary>Options (output sinks, limits) of worker N's interpreter.</summary>
    public Func<int, InterpreterOptions>? Options { get; init; }

    /// <summary>Modules installed in every interpreter before the initializer: name → source.</summary>
    public IReadOnlyDictionary<string, string>? Modules { get; init; }

    /// <summary>Runs once on each worker's thread against its fresh interpreter (setup code, imports).</summary>
    public Action<Interpreter>? Initializer { get; init; }

    /// <summary>Native stack of a worker thread; Python frames live on the heap, so this only bounds native re-entry.</summary>
    public int ThreadStackSize { get; init; } = 8 << 20;
}

/// <summary>
/// N interpreters, each on its own dedicated thread, serving calls from one shared queue: the local
/// fast path of `gilgrid map`. With own-GIL interpreters the workers run Python truly in parallel.
/// Results come back per call (Submit) or in input order with per-item errors (Map). Dispose lets
/// queued calls finish, then stops the threads and closes the interpreters.
/// </summary>
public sealed class InterpreterPool : IDisposable
{
    private readonly BlockingCollection<WorkItem> _queue = new();
    private readonly Thread[] _threads;
    private readonly Interpreter[] _interpreters;
    private int _disposed;

    private sealed record WorkItem(PoolCall Call, TaskCompletionSource<(CrossValue, int)> Done, CancellationToken Cancellation);

    public InterpreterPool(int workers, InterpreterPoolOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        options ??= new InterpreterPoolOptions();
        _threads = new Thread[workers];
        _interpreters = new Interpreter[workers];
        var ready = new CountdownEvent(workers);
        var failures = new ConcurrentBag<Exception>();
        for (int i = 0; i < workers; i++)
        {
            int index = i;
            _interpreters[i] = new Interpreter(options.Config, options.Options?.Invoke(i));
            _threads[i] = new Thread(() => WorkerMain(index, options, ready, failures), options.ThreadStackSize)
            {
                IsBackground = true,
                Name = $"gilgrid-pool-{index}",
            };
            _threads[i].Start();
        }
        ready.Wait();
        if (!failures.IsEmpty)
        {
            Dispose();
            throw new AggregateException("an interpreter of the pool failed to initialise", failures);
        }
    }

    public int WorkerCount => _threads.Length;

    /// <summary>The interpreter of worker N (for inspection; calls go through the pool).</summary>
    public Interpreter this[int worker] => _interpreters[worker];

    /// <summary>Queues a call; the task gives its value or fails with the call's error.</summary>
    public async Task<CrossValue> SubmitAsync(PoolCall call, CancellationToken cancellation = default) =>
        (await Enqueue(call, cancellation).ConfigureAwait(false)).Item1;

    /// <summary>Runs every call; results in input order, each with its own value or error.</summary>
    public async Task<IReadOnlyList<PoolResult>> MapAsync(IEnumerable<PoolCall> calls, CancellationToken cancellation = default)
    {
        var tasks = calls.Select(c => Enqueue(c, cancellation)).ToList();
        var results = new PoolResult[tasks.Count];
        for (int i = 0; i < tasks.Count; i++)
        {
            try
            {
                var (value, worker) = await tasks[i].ConfigureAwait(false);
                results[i] = new PoolResult(value, null, worker);
            }
            catch (Exception e)
            {
                results[i] = new PoolResult(null, e, e.Data["worker"] as int? ?? -1);
            }
        }
        return results;
    }

    private Task<(CrossValue, int)> Enqueue(PoolCall call, CancellationToken cancellation)
    {
        var done = new TaskCompletionSource<(CrossValue, int)>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (Volatile.Read(ref _disposed) != 0) throw new ObjectDisposedException(nameof(InterpreterPool));
        _queue.Add(new WorkItem(call, done, cancellation));
        return done.Task;
    }

    private void WorkerMain(int index, InterpreterPoolOptions options, CountdownEvent ready, ConcurrentBag<Exception> failures)
    {
        var interp = _interpreters[index];
        try
        {
            foreach (var (name, source) in options.Modules ?? new Dictionary<string, string>())
                interp.InstallModule(name, source);
            options.Initializer?.Invoke(interp);
        }
        catch (Exception e)
        {
            failures.Add(e);
        }
        finally
        {
            ready.Signal();
        }
        foreach (var item in _queue.GetConsumingEnumerable())
        {
            if (item.Cancellation.IsCancellationRequested)
            {
                item.Done.TrySetCanceled(item.Cancellation);
                continue;
            }
            try
            {
                var c = item.Call;
                var value = interp.Call(c.Module, c.Function, c.Args, c.Kwargs, item.Cancellation);
                item.Done.TrySetResult((value, index));
            }
            catch (ExecutionInterruptedException) when (item.Cancellation.IsCancellationRequested)
            {
                item.Done.TrySetCanceled(item.Cancellation);
            }
            catch (Exception e)
            {
                e.Data["worker"] = index;
                item.Done.TrySetException(e);
            }
        }
    }

    /// <summary>Lets queued calls finish, stops the workers and closes their interpreters.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        _queue.CompleteAdding();
        foreach (var t in _threads)
            if (t != null && t != Thread.CurrentThread) t.Join();
        foreach (var i in _interpreters) i?.Close();
        _queue.Dispose();
    }
}
