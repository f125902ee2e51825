using System.Collections.Concurrent;
using Orleans.Runtime;

namespace GilGrid.Client.Grid;

/// <summary>
/// Watches the cluster's membership while a map runs: gives each silo of the map's pool a token
/// that fires once the silo is no longer active (it shut down, or the cluster declared it dead after
/// a crash), and tells of each silo that joins, so that the map can take it into its pool.
/// <para>
/// Why: a call in flight to a grain on a silo that dies without shutting down (kill -9) is never
/// answered; the caller would wait for its response timeout (<c>GridCalls.ResponseTimeout</c>,
/// half an hour). Orleans' client API has no membership observer, so the watch polls
/// <see cref="IManagementGrain.GetHosts"/> every <see cref="Period"/>, which reflects the membership
/// table as soon as the cluster has voted the silo out.
/// </para>
/// </summary>
internal sealed class SiloWatch : IAsyncDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(1);

    /// <summary>A poll that takes longer is abandoned (its management grain may live on the silo that
    /// just died) and the next tick asks again.</summary>
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(3);

    private readonly IManagementGrain _management;
    private readonly ConcurrentDictionary<SiloAddress, CancellationTokenSource> _left;
    private readonly Action<SiloAddress> _joined;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="silos">the active silos the map started with</param>
    /// <param name="joined">called (on the watch's task) with each silo that becomes active later</param>
    public SiloWatch(IGrainFactory grains, IEnumerable<SiloAddress> silos, Action<SiloAddress> joined)
    {
        _management = grains.GetGrain<IManagementGrain>(0);
        _left = new(silos.Distinct().Select(s => KeyValuePair.Create(s, new CancellationTokenSource())));
        _joined = joined;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Fires when <paramref name="silo"/> is no longer an active member.</summary>
    public CancellationToken Left(SiloAddress silo) => _left[silo].Token;

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                Dictionary<SiloAddress, SiloStatus> active;
                try
                {
                    active = await _management.GetHosts(onlyActive: true).WaitAsync(PollTimeout, _stop.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException || !_stop.IsCancellationRequested)
                {
                    continue; // the cluster did not answer this time (a gateway may have just died)
                }
                foreach (var (silo, left) in _left)
                {
                    if (!active.ContainsKey(silo))
                        await left.CancelAsync();
                }
                foreach (var silo in active.Keys)
                {
                    if (!_left.ContainsKey(silo) && _left.TryAdd(silo, new CancellationTokenSource()))
                        _joined(silo);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        foreach (var left in _left.Values)
            left.Dispose();
    }
}
