using Microsoft.Extensions.Options;

namespace GilGrid.Grains.Execution;

/// <summary>Settings of the <see cref="PythonThreadPool"/>.</summary>
public sealed class PythonThreadPoolOptions
{
    /// <summary>Most threads running Python at once in this silo; further work waits its turn.</summary>
    public int MaxThreads { get; set; } = 64;

    /// <summary>How long an idle thread waits for work before it exits.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Stack of each thread. The engine probes the stack before native recursion, so the
    /// size sets how deep C#-level recursion (parser, callbacks into Python) may go, not safety.</summary>
    public int StackBytes { get; set; } = 16 * 1024 * 1024;
}

/// <summary>
/// Dedicated threads on which interpreter grains run Python. Orleans must not run CPU-bound code on
/// a grain's turn: measured on Orleans 10.4, such a turn holds one of the scheduler's few
/// thread-pool threads, blocks cancellation and [AlwaysInterleave] calls to the grain, and stalls
/// unrelated grains. The grain instead awaits a task completed here. Threads start on demand (a blocked interpreter, waiting on
/// another grain say, never starves the others of a thread) and retire after being idle a while.
/// </summary>
public sealed class PythonThreadPool : IDisposable
{
    private readonly object _gate = new();
    private readonly Queue<IWorkItem> _queue = new();
    private readonly PythonThreadPoolOptions _options;
    private int _threads;
    private int _idle;
    private int _started;
    private bool _disposed;

    public PythonThreadPool(IOptions<PythonThreadPoolOptions> options)
    {
        _options = options.Value;
        if (_options.MaxThreads < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "MaxThreads must be at least 1");
    }

    /// <summary>Threads alive now (running or idle).</summary>
    public int ThreadCount
    {
        get { lock (_gate) return _threads; }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a pool thread. If <paramref name="cancellationToken"/> fires
    /// before the work starts, the work is dropped and the task is cancelled; once started, the work
    /// runs to its end (stopping running Python is the interpreter's job, through its own checks).
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<T>(cancellationToken);
        var item = new WorkItem<T>(work, cancellationToken);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _queue.Enqueue(item);
            // Idle threads each take one item once they wake; start a thread for the rest.
            if (_queue.Count > _idle && _threads < _options.MaxThreads)
                StartThread();
            Monitor.Pulse(_gate);
        }
        return item.Task;
    }

    private void StartThread()
    {
        _threads++;
        _started++;
        var thread = new Thread(WorkerLoop, _options.StackBytes)
        {
            Name = $"gilgrid python {_started}",
            // A runaway script must not keep the silo process alive after the host has stopped.
            IsBackground = true,
        };
        thread.Start();
    }

    private void WorkerLoop()
    {
        while (true)
        {
            IWorkItem item;
            lock (_gate)
            {
                while (_queue.Count == 0)
                {
                    if (_disposed)
                    {
                        _threads--;
                        return;
                    }
                    _idle++;
                    var woken = Monitor.Wait(_gate, _options.IdleTimeout);
                    _idle--;
                    if (!woken && _queue.Count == 0)
                    {
                        _threads--;
                        return;
                    }
                }
                item = _queue.Dequeue();
            }
            item.Run();
        }
    }

    /// <summary>Stops taking work: queued items are cancelled, running ones finish, threads exit.</summary>
    public void Dispose()
    {
        IWorkItem[] pending;
        lock (_gate)
        {
            if (_disposed)
                return;
            _disposed = true;
            pending = _queue.ToArray();
            _queue.Clear();
            Monitor.PulseAll(_gate);
        }
        foreach (var item in pending)
            item.Cancel();
    }

    private interface IWorkItem
    {
        void Run();
        void Cancel();
    }

    private sealed class WorkItem<T> : IWorkItem
    {
        private const int Queued = 0, Running = 1, Cancelled = 2;

        // Continuations must not run on the Python thread: the awaiting grain resumes on its own
        // scheduler, and nothing else should borrow a thread that exists to run Python.
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Func<T> _work;
        private readonly CancellationTokenRegistration _registration;
        private int _state;

        public WorkItem(Func<T> work, CancellationToken cancellationToken)
        {
            _work = work;
            if (cancellationToken.CanBeCanceled)
                _registration = cancellationToken.Register(() =>
                {
                    if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
                        _done.TrySetCanceled(cancellationToken);
                });
        }

        public Task<T> Task => _done.Task;

        public void Run()
        {
            if (Interlocked.CompareExchange(ref _state, Running, Queued) != Queued)
                return;
            _registration.Dispose();
            try
            {
                _done.SetResult(_work());
            }
            catch (Exception e)
            {
                _done.SetException(e);
            }
        }

        public void Cancel()
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
                _done.TrySetCanceled();
            _registration.Dispose();
        }
    }
}
