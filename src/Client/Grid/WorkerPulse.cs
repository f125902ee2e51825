using GilGrid.Grains.Interfaces.Pools;
using Orleans.Runtime;

namespace GilGrid.Client.Grid;

/// <summary>
/// Tells whether a pool worker's silo still answers, without waiting for the cluster to declare it
/// dead.
/// <para>
/// Why: a call in flight on a silo that dies without shutting down (kill -9, a lost machine) is
/// never answered, and the caller would wait for its response timeout (half an hour). The cluster
/// declares such a silo dead after its own probes fail, and <see cref="SiloWatch"/> then sees it go;
/// but that declaration takes several probe rounds, and on a loaded two-silo cluster it was seen not
/// to come for minutes. So the map also asks the worker itself: an [AlwaysInterleave]
/// <see cref="IPoolWorkerGrain.Pulse"/> answers even while the worker runs Python, from the silo the
/// worker lives on.
/// </para>
/// </summary>
internal static class WorkerPulse
{
    /// <summary>How often a worker with a call in flight, or a suspected silo, is pulsed.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    /// <summary>A pulse not answered within this counts as missed (its message may be lost with the silo).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    /// <summary>Missed pulses in a row after which a call is taken as lost: one miss can be a busy moment.</summary>
    public const int MissedLimit = 3;

    public enum Answer
    {
        /// <summary>The worker answered from its silo.</summary>
        Alive,

        /// <summary>The worker answered from another silo: it was activated anew there, so whatever
        /// ran on its old activation is gone.</summary>
        Elsewhere,

        /// <summary>No answer: the silo refused the message or did not reply in time.</summary>
        Missed,
    }

    public static async Task<Answer> PulseAsync(IPoolWorkerGrain worker, SiloAddress silo, CancellationToken cancellationToken)
    {
        try
        {
            var at = await worker.Pulse().WaitAsync(Timeout, cancellationToken);
            return at.Equals(silo) ? Answer.Alive : Answer.Elsewhere;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Answer.Missed;
        }
    }

    /// <summary>
    /// Pulses <paramref name="worker"/> every <see cref="Period"/> until <paramref name="callDone"/>,
    /// and cancels <paramref name="lost"/> once the call running on it cannot finish: the worker
    /// answers from another silo, or misses <see cref="MissedLimit"/> pulses in a row.
    /// </summary>
    public static async Task WatchCallAsync(IPoolWorkerGrain worker, SiloAddress silo, CancellationTokenSource lost,
        CancellationToken callDone)
    {
        try
        {
            var missed = 0;
            while (true)
            {
                await Task.Delay(Period, callDone);
                var answer = await PulseAsync(worker, silo, callDone);
                missed = answer == Answer.Missed ? missed + 1 : 0;
                if (answer == Answer.Elsewhere || missed == MissedLimit)
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
