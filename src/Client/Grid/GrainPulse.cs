using GilGrid.Grains.Interfaces;
using Orleans.Runtime;

namespace GilGrid.Client.Grid;

/// <summary>
/// Watches a long grain call by pulsing its grain, to learn that the call is lost without waiting
/// for the cluster to declare the grain's silo dead.
/// <para>
/// Why: a call in flight on a silo that dies without shutting down (kill -9, a lost machine) is
/// never answered, and the caller would wait for its response timeout (half an hour). The cluster
/// declares such a silo dead after its own probes fail, but that takes several probe rounds, and on
/// a loaded two-silo cluster it was seen not to come for minutes. So the caller also asks the grain
/// itself, through an [AlwaysInterleave] method that answers even while the grain runs Python, with
/// the silo it lives on and whether it is running a call (<c>IPoolWorkerGrain.Pulse</c>,
/// <c>IInterpreterGrain.Status</c>). An idle grain matters too: a call in flight through a gateway
/// that died is lost on the way (or its answer is), while the grain itself answers pulses sent
/// through another gateway.
/// </para>
/// </summary>
public static class GrainPulse
{
    /// <summary>How often a grain with a call in flight, or a suspected silo, is pulsed.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    /// <summary>A pulse not answered within this counts as missed (its message may be lost with the silo).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Missed pulses in a row after which a call is taken as lost: one miss can be a busy moment.</summary>
    public const int MissedLimit = 3;

    /// <summary>Pulses in a row finding the grain idle after which a call is taken as lost: a call
    /// just sent, or an answer just sent back, is seen idle once at most.</summary>
    public const int IdleLimit = 2;

    public enum Answer
    {
        /// <summary>The grain answered from the silo it was expected on, running a call.</summary>
        Alive,

        /// <summary>The grain answered from the silo it was expected on, running nothing.</summary>
        Idle,

        /// <summary>The grain answered from another silo: it was activated anew there, so whatever
        /// ran on its old activation is gone.</summary>
        Elsewhere,

        /// <summary>No answer: the silo refused the message or did not reply in time.</summary>
        Missed,
    }

    /// <summary>An interpreter grain's pulse: its status, which interleaves with a running call.</summary>
    public static async Task<(string Silo, bool Running)> Of(IInterpreterGrain grain)
    {
        var status = await grain.Status();
        return (status.Silo, status.IsRunning);
    }

    /// <summary>Pulses once; <paramref name="expected"/> null takes any silo as the expected one.</summary>
    public static async Task<(Answer Answer, TSilo? Silo)> PulseAsync<TSilo>(Func<Task<(TSilo Silo, bool Running)>> pulse,
        TSilo? expected, CancellationToken cancellationToken)
    {
        try
        {
            var (at, running) = await pulse().WaitAsync(Timeout, cancellationToken);
            if (expected is not null && !EqualityComparer<TSilo>.Default.Equals(at, expected))
                return (Answer.Elsewhere, at);
            return (running ? Answer.Alive : Answer.Idle, at);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return (Answer.Missed, default);
        }
    }

    /// <summary>
    /// Runs <paramref name="call"/> while pulsing its grain every <see cref="Period"/>. The call is
    /// lost, and this throws <see cref="CallLostException"/>, when the grain answers from a silo other
    /// than <paramref name="silo"/> (null: the silo of its first answer, to a pulse sent right after
    /// the call), misses <see cref="MissedLimit"/> pulses in a row, or is found idle
    /// <see cref="IdleLimit"/> times in a row.
    /// </summary>
    public static async Task<T> CallWatchedAsync<T, TSilo>(Func<CancellationToken, Task<T>> call,
        Func<Task<(TSilo Silo, bool Running)>> pulse,
        TSilo? silo, CancellationToken cancellationToken)
    {
        using var lost = new CancellationTokenSource();
        using var done = new CancellationTokenSource();
        using var callStops = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lost.Token);
        _ = WatchAsync(pulse, silo, lost, done.Token);
        try
        {
            // WaitAsync too: the call's own cancellation needs an answer from the grain, and a
            // dead silo gives none.
            return await call(callStops.Token).WaitAsync(callStops.Token);
        }
        catch (OperationCanceledException) when (lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new CallLostException();
        }
        finally
        {
            await done.CancelAsync();
        }
    }

    private static async Task WatchAsync<TSilo>(Func<Task<(TSilo Silo, bool Running)>> pulse, TSilo? silo, CancellationTokenSource lost,
        CancellationToken callDone)
    {
        try
        {
            var (missed, idle) = (0, 0);
            // Without a silo to expect, the first pulse goes out at once, right behind the call: it
            // reaches the activation that took the call, before a crash could move the grain.
            var first = silo is null;
            while (true)
            {
                if (!first)
                    await Task.Delay(Period, callDone);
                first = false;
                var (answer, at) = await PulseAsync(pulse, silo, callDone);
                silo ??= at;
                missed = answer == Answer.Missed ? missed + 1 : 0;
                idle = answer == Answer.Idle ? idle + 1 : 0;
                if (answer == Answer.Elsewhere || missed == MissedLimit || idle == IdleLimit)
                {
                    await lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (callDone.IsCancellationRequested)
        {
            // The call finished.
        }
    }
}

/// <summary>A call whose grain stopped answering (its silo crashed or left), came back on another
/// silo without the call, or sits idle (the call or its answer was lost with a gateway): its result
/// will never come.</summary>
public sealed class CallLostException() : OrleansException(
    "the silo running the call stopped answering, or the call or its answer was lost on the way: a silo crashed or left the cluster");
