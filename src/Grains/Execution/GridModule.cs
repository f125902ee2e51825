using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Grains.Values;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;

namespace GilGrid.Grains.Execution;

/// <summary>
/// The `gilgrid` module, granted only to interpreters that live in interpreter grains: Python reaches
/// other interpreter grains and cluster queues by name. The Python thread blocks on the grain call
/// (it is a dedicated thread, not an Orleans turn) with the interpreter's GIL released, and the call
/// stops when the calling code is cancelled or interrupted.
/// </summary>
public sealed class GridModule(IGrainFactory grains, Func<IReadOnlyList<string>> callChain, TextWriter stdout, TextWriter stderr)
{
    /// <summary>The longest single wait of a queue call; a longer Python timeout waits in several
    /// such long-polls, so that no grain call comes near the response timeout.</summary>
    private static readonly TimeSpan LongPoll = TimeSpan.FromSeconds(20);

    /// <summary>The Python face: argument handling, the Queue class and the exception types.</summary>
    private const string Source = """
        '''The grid from inside an interpreter grain: other interpreters and cluster queues, by name.'''
        import _gilgrid
        from interpreters import QueueEmpty, QueueFull, ExecutionFailed

        def call(interp, module, function, /, *args, **kwargs):
            '''Calls module.function(*args, **kwargs) in the interpreter grain `interp` and returns the result.'''
            return _gilgrid.call(interp, module, function, args, kwargs)

        def exec(interp, source, /):
            '''Runs source in the __main__ of the interpreter grain `interp`.'''
            _gilgrid.exec(interp, source)

        class Queue:
            '''A cluster queue (an IQueueGrain) by name; maxsize applies if the queue is new.'''

            def __init__(self, name, maxsize=0):
                self.name = name
                self.maxsize = _gilgrid.queue_create(name, maxsize)

            def put(self, obj, block=True, timeout=None):
                _gilgrid.queue_put(self.name, obj, timeout if block else 0)

            def put_nowait(self, obj):
                _gilgrid.queue_put(self.name, obj, 0)

            def get(self, block=True, timeout=None):
                return _gilgrid.queue_get(self.name, timeout if block else 0)

            def get_nowait(self):
                return _gilgrid.queue_get(self.name, 0)

            def qsize(self):
                return _gilgrid.queue_size(self.name)

            def empty(self):
                return self.qsize() == 0

            def __repr__(self):
                return f'gilgrid.Queue({self.name!r})'
        """;

    /// <summary>Grants the module to <paramref name="interpreter"/>.</summary>
    public void AddTo(Interpreter interpreter)
    {
        interpreter.AddHostModule("_gilgrid", new Dictionary<string, HostFunction>
        {
            ["call"] = Call,
            ["exec"] = Exec,
            ["queue_create"] = QueueCreate,
            ["queue_put"] = QueuePut,
            ["queue_get"] = QueueGet,
            ["queue_size"] = QueueSize,
        });
        interpreter.AddModuleSources([new ModuleSource("gilgrid", Source, FileName: "<gilgrid>")]);
    }

    private CrossValue Call(HostCall call)
    {
        Arity(call, 5, "call");
        if (call.Args[3] is not CrossTuple args || call.Args[4] is not CrossDict kwargs)
            throw new HostError("TypeError", "call() takes an args tuple and a kwargs dict");
        var (target, module, function) = (Str(call, 0, "interp"), Str(call, 1, "module"), Str(call, 2, "function"));
        var result = OnInterpreter(call, target, (grain, ct) => grain.Call(module, function,
            [.. args.Items.Select(WireCross.ToWire)], (WireDict)WireCross.ToWire(kwargs), ct));
        Forward(result.Stdout, result.Stderr, result.Error);
        return WireCross.ToCross(result.Value!);
    }

    private CrossValue Exec(HostCall call)
    {
        Arity(call, 2, "exec");
        var source = Str(call, 1, "source");
        var result = OnInterpreter(call, Str(call, 0, "interp"), (grain, ct) => grain.Exec(source, ct));
        Forward(result.Stdout, result.Stderr, result.Error);
        return CrossValue.None;
    }

    /// <summary>
    /// Calls another interpreter grain, refusing one already on the call chain: that grain is busy
    /// running the very call that waits here, so the call would only wait for the timeout.
    /// </summary>
    private T OnInterpreter<T>(HostCall call, string target, Func<IInterpreterGrain, CancellationToken, Task<T>> invoke)
    {
        var chain = callChain();
        if (chain.Contains(target))
            throw new HostError("RuntimeError", $"call cycle: {string.Join(" -> ", chain.Append(target))}");
        var grain = grains.GetGrain<IInterpreterGrain>(target);
        return call.Block(ct => Grid(() =>
        {
            // RequestContext flows through AsyncLocal: set on this thread, it goes with the call made
            // here, synchronously, and is removed after so the next call on the thread starts clean.
            RequestContext.Set(GridCalls.CallChainKey, chain.ToArray());
            try
            {
                return invoke(grain, ct).GetAwaiter().GetResult();
            }
            finally
            {
                RequestContext.Remove(GridCalls.CallChainKey);
            }
        }));
    }

    /// <summary>The callee's output shows in the caller's, as a subinterpreter's does in CPython.</summary>
    private void Forward(string output, string errors, PythonError? error)
    {
        stdout.Write(output);
        stderr.Write(errors);
        if (error is not null) throw HostError.ExecutionFailed(error.TypeName, error.Message, error.Traceback);
    }

    private CrossValue QueueCreate(HostCall call)
    {
        Arity(call, 2, "queue_create");
        var max = Int(call, 1, "maxsize");
        if (max < 0) throw new HostError("ValueError", "maxsize must be non-negative");
        var queue = grains.GetGrain<IQueueGrain>(Str(call, 0, "name"));
        return CrossValue.From(call.Block(ct => Grid(() => queue.Create((int)Math.Min(max, int.MaxValue)).WaitAsync(ct).GetAwaiter().GetResult())));
    }

    private CrossValue QueueSize(HostCall call)
    {
        Arity(call, 1, "queue_size");
        var queue = grains.GetGrain<IQueueGrain>(Str(call, 0, "name"));
        return CrossValue.From(call.Block(ct => Grid(() => queue.Count().WaitAsync(ct).GetAwaiter().GetResult())));
    }

    private CrossValue QueuePut(HostCall call)
    {
        Arity(call, 3, "queue_put");
        var queue = grains.GetGrain<IQueueGrain>(Str(call, 0, "name"));
        if (!call.Args[1].IsShareable)
            throw new HostError("NotShareableError", $"{call.Args[1].TypeName} object does not support cross-interpreter data");
        var value = WireCross.ToWire(call.Args[1]);
        LongPolls<QueueFullException, int>(call, Timeout(call.Args[2]), "QueueFull",
            (slice, ct) => { queue.Put(value, slice, ct).GetAwaiter().GetResult(); return 0; });
        return CrossValue.None;
    }

    private CrossValue QueueGet(HostCall call)
    {
        Arity(call, 2, "queue_get");
        var queue = grains.GetGrain<IQueueGrain>(Str(call, 0, "name"));
        return WireCross.ToCross(LongPolls<QueueEmptyException, WireValue>(call, Timeout(call.Args[1]), "QueueEmpty",
            (slice, ct) => queue.Get(slice, ct).GetAwaiter().GetResult()));
    }

    /// <summary>Waits in long-polls of at most <see cref="LongPoll"/> until the whole timeout (null: none) has passed.</summary>
    private static T LongPolls<TTimedOut, T>(HostCall call, TimeSpan? timeout, string errorType, Func<TimeSpan, CancellationToken, T> poll)
        where TTimedOut : Exception
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.Zero);
        return call.Block(ct => Grid(() =>
        {
            while (true)
            {
                var left = deadline - DateTime.UtcNow;
                var slice = timeout is null || left > LongPoll ? LongPoll : left < TimeSpan.Zero ? TimeSpan.Zero : left;
                try
                {
                    return poll(slice, ct);
                }
                catch (TTimedOut e) when (timeout is not null && DateTime.UtcNow >= deadline)
                {
                    throw new HostError(errorType, e.Message);
                }
                catch (TTimedOut)
                {
                    // This long-poll ended; the Python timeout has not.
                }
            }
        }));
    }

    /// <summary>Orleans failures as the Python errors a caller can handle.</summary>
    private static T Grid<T>(Func<T> run)
    {
        try
        {
            return run();
        }
        catch (TimeoutException e)
        {
            throw new HostError("TimeoutError", e.Message);
        }
        catch (Exception e) when (e is not (HostError or OperationCanceledException or QueueEmptyException or QueueFullException))
        {
            throw new HostError("RuntimeError", $"grid call failed: {e.Message}");
        }
    }

    private static TimeSpan? Timeout(CrossValue value) => value switch
    {
        CrossNone => null,
        CrossInt or CrossFloat when Seconds(value) < 0 => throw new HostError("ValueError", "timeout value must be non-negative"),
        CrossInt or CrossFloat => TimeSpan.FromSeconds(Seconds(value)),
        _ => throw new HostError("TypeError", $"timeout must be a number or None, not {value.TypeName}"),
    };

    private static double Seconds(CrossValue value) => value is CrossInt i ? (double)i.Value : ((CrossFloat)value).Value;

    private static void Arity(HostCall call, int count, string name)
    {
        if (call.Args.Count != count || call.Kwargs.Count > 0)
            throw new HostError("TypeError", $"{name}() takes exactly {count} positional arguments ({call.Args.Count} given)");
    }

    private static string Str(HostCall call, int index, string name) => call.Args[index] is CrossStr s
        ? s.Value : throw new HostError("TypeError", $"{name} must be a str, not {call.Args[index].TypeName}");

    private static long Int(HostCall call, int index, string name) => call.Args[index] is CrossInt i && i.Value >= long.MinValue && i.Value <= long.MaxValue
        ? (long)i.Value : throw new HostError("TypeError", $"{name} must be an int, not {call.Args[index].TypeName}");
}
