using System.Diagnostics;

namespace GilGrid.Interp.Hosting;

/// <summary>
/// A global interpreter lock: each <see cref="GilMode.Own"/> interpreter has one, every
/// <see cref="GilMode.Shared"/> interpreter uses <see cref="Shared"/>. The hand-off state (who waits,
/// when the holder took it, the switch interval) belongs to the lock, not to an interpreter: a thread
/// waiting to run Shared interpreter B must make the holder running Shared interpreter A yield, as
/// CPython's shared `_gil_runtime_state` does.
/// <para>
/// A thread that wants the lock counts itself in <c>_waiters</c>; the holder's cold budget check
/// (every ~10,000 back-edges/calls) yields once the switch interval has passed and waits until
/// another thread took the lock (Monitor is not fair: without the wait it would take it straight back).
/// </para>
/// </summary>
internal sealed class Gil
{
    /// <summary>The lock of every Shared interpreter (the old single GIL).</summary>
    public static readonly Gil Shared = new();

    private readonly object _monitor = new();
    private int _waiters;
    private int _handoffs;
    private long _takenAt;

    /// <summary>`sys.getswitchinterval()` in seconds (CPython's default 5 ms); shared by everyone under this lock.</summary>
    public double SwitchInterval { get; set; } = 0.005;

    /// <summary>
    /// Takes the lock: a recursive hold at once, otherwise as a waiter the holder yields to at its
    /// next budget tick past the switch interval.
    /// </summary>
    public void Enter()
    {
        if (Monitor.IsEntered(_monitor)) Monitor.Enter(_monitor);
        else Take(1);
    }

    /// <summary>Takes <paramref name="times"/> holds as a waiting thread.</summary>
    public void Take(int times)
    {
        Interlocked.Increment(ref _waiters);
        try
        {
            for (int i = 0; i < times; i++) Monitor.Enter(_monitor);
        }
        finally
        {
            Interlocked.Decrement(ref _waiters);
        }
        _handoffs++;
        _takenAt = Stopwatch.GetTimestamp();
    }

    public void Exit() => Monitor.Exit(_monitor);

    /// <summary>Leaves every recursive hold; returns how many there were (for <see cref="Take"/>).</summary>
    public int ExitAll()
    {
        int held = 0;
        while (Monitor.IsEntered(_monitor))
        {
            Monitor.Exit(_monitor);
            held++;
        }
        return held;
    }

    /// <summary>The eval breaker's drop request: called by the holder from the cold budget check.</summary>
    public void YieldIfWanted()
    {
        if (Volatile.Read(ref _waiters) == 0) return;
        if (Stopwatch.GetElapsedTime(_takenAt).TotalSeconds < SwitchInterval) return;
        int handoffs = _handoffs;
        int held = ExitAll();
        try
        {
            var spin = new SpinWait();
            long until = Environment.TickCount64 + 5;
            while (Volatile.Read(ref _handoffs) == handoffs && Volatile.Read(ref _waiters) > 0 && Environment.TickCount64 < until)
                spin.SpinOnce();
        }
        finally
        {
            Take(held);
        }
    }
}
