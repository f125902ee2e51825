using System.Collections.Immutable;
using System.Threading.Channels;
using GilGrid.Grains.Interfaces.Pools;
using Orleans.Runtime;
using Orleans.Runtime.Placement;

namespace GilGrid.Client.Grid;

/// <summary>
/// The cluster backend of a map: a pool of <see cref="IPoolWorkerGrain"/>s, as many on each silo as
/// it has cores, each taking one call at a time; a call goes to the first free worker, so a faster
/// or less loaded silo takes more of the inputs.
/// <para>
/// Why keyed workers placed on a named silo, and not a [StatelessWorker]: a stateless worker's
/// activations always live on the silo that receives the call. Called from a co-hosted client,
/// that is the caller's own silo; from an external client, the gateway its grain id hashes to
/// (Orleans' client keeps each grain id on one gateway connection), so one key means one silo.
/// Either way the work would not spread. Here each worker's key names a silo, and its first call
/// carries that silo as the placement hint (<see cref="IPlacementDirector.PlacementHintKey"/>,
/// which Orleans' placement directors honour), so the pool covers every silo that was active when
/// the map started, the same from any client. A silo that joins while the map runs gets its workers
/// too (up to the bound), as soon as the <see cref="SiloWatch"/> sees it.
/// </para>
/// <para>
/// A silo that leaves during the map (shut down or killed) takes its workers with it: a
/// <see cref="SiloWatch"/> (the cluster's membership) or a worker's missed pulses
/// (<see cref="GrainPulse"/>, which needs no death declaration) end the calls in flight on it, its
/// workers wait aside while it does not answer, and each of those inputs runs again on a worker of
/// a silo that is still up.
/// </para>
/// </summary>
internal sealed class ClusterMapWorker : IGrowingMapWorker, IAsyncDisposable
{
    private sealed record Worker(IPoolWorkerGrain Grain, SiloAddress Silo);

    /// <summary>Tries for one input: the first, and the retries after a silo failure.</summary>
    private const int MaxAttempts = 3;

    private readonly Channel<Worker> _free = Channel.CreateUnbounded<Worker>();
    private readonly PoolPlugin _plugin;
    private readonly string _module;
    private readonly string _function;
    private readonly TextWriter _pluginOutput;
    private readonly Dictionary<SiloAddress, List<Worker>> _suspected = [];
    private readonly CancellationTokenSource _disposed = new();
    private SiloWatch? _watch;
    private int _liveWorkers;

    private readonly IGrainFactory _grains;
    private readonly int _bound;
    private int _workersStarted;

    private ClusterMapWorker(IGrainFactory grains, PoolPlugin plugin, string module, string function, int bound,
        TextWriter pluginOutput)
    {
        _grains = grains;
        _bound = bound;
        _plugin = plugin;
        _module = module;
        _function = function;
        _pluginOutput = pluginOutput;
    }

    /// <summary>Workers loaded and waiting for calls.</summary>
    public int WorkerCount { get; private set; }

    /// <summary>
    /// Finds the active silos, loads the plugin on the first worker of each (which tells the silo's
    /// cores, and the import error if there is one), then on the rest, taking silos in turn so that a
    /// bound below the cluster's core count still covers every silo.
    /// </summary>
    /// <exception cref="PluginLoadException">the plugin does not load</exception>
    public static async Task<ClusterMapWorker> StartAsync(IGrainFactory grains, PoolPlugin plugin, string module,
        string function, MapOptions options, CancellationToken cancellationToken)
    {
        var bound = options.MaxInFlight ?? int.MaxValue;
        var pool = new ClusterMapWorker(grains, plugin, module, function, bound,
            TextWriter.Synchronized(options.PluginOutput ?? TextWriter.Null));
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        var silos = hosts.Keys.OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToList();
        var firsts = silos.Select(s => pool.WorkerOn(s, 0)).ToList();
        var loads = await Task.WhenAll(firsts.Select(w => pool.LoadAsync(w, cancellationToken)));
        if (loads.FirstOrDefault(l => l.Error is not null)?.Error is { } error)
            throw new PluginLoadException(error, Grains.Pools.PluginLoading.IsMissingFunction(error, function));

        var chosen = new List<Worker>();
        for (var slot = 0; chosen.Count < bound; slot++)
        {
            var added = false;
            for (var i = 0; i < silos.Count && chosen.Count < bound; i++)
            {
                if (slot >= Math.Max(1, loads[i].Cores))
                    continue;
                chosen.Add(slot == 0 ? firsts[i] : pool.WorkerOn(silos[i], slot));
                added = true;
            }
            if (!added)
                break;
        }
        await Task.WhenAll(chosen.Where(w => !firsts.Contains(w)).Select(w => pool.LoadAsync(w, cancellationToken)));
        foreach (var worker in chosen)
            pool._free.Writer.TryWrite(worker);
        pool.WorkerCount = pool._liveWorkers = pool._workersStarted = chosen.Count;
        pool._watch = new SiloWatch(grains, silos, silo => _ = pool.AddSiloAsync(silo));
        return pool;
    }

    public event Action<int>? WorkersAdded;

    private Worker WorkerOn(SiloAddress silo, int slot) =>
        new(_grains.GetGrain<IPoolWorkerGrain>($"{_plugin.Key}/{silo.ToParsableString()}/{slot}"), silo);

    /// <summary>
    /// Takes a silo that joined during the map into the pool: loads the plugin on as many workers as
    /// it has cores, within the bound. A silo where the plugin does not load (or that fails while
    /// loading) is left out; the map goes on without it.
    /// </summary>
    private async Task AddSiloAsync(SiloAddress silo)
    {
        if (!TryReserveWorkers(1, out _))
            return;
        var reserved = 1;
        var added = new List<Worker>();
        try
        {
            var first = WorkerOn(silo, 0);
            var load = await LoadAsync(first, _disposed.Token);
            if (load.Error is not null)
                return;
            added.Add(first);
            TryReserveWorkers(Math.Max(1, load.Cores) - 1, out var more);
            reserved += more;
            var rest = Enumerable.Range(1, more).Select(slot => WorkerOn(silo, slot)).ToList();
            await Task.WhenAll(rest.Select(w => LoadAsync(w, _disposed.Token)));
            added.AddRange(rest);
        }
        catch (Exception)
        {
            added.Clear();
        }
        finally
        {
            Interlocked.Add(ref _workersStarted, added.Count - reserved);
            if (added.Count > 0)
            {
                Interlocked.Add(ref _liveWorkers, added.Count);
                foreach (var worker in added)
                    Return(worker);
                WorkersAdded?.Invoke(added.Count);
            }
        }
    }

    /// <summary>Reserves up to <paramref name="wanted"/> workers within the bound; false when none is left.</summary>
    private bool TryReserveWorkers(int wanted, out int reserved)
    {
        while (true)
        {
            var started = Volatile.Read(ref _workersStarted);
            reserved = Math.Min(wanted, _bound - started);
            if (reserved <= 0)
            {
                reserved = 0;
                return false;
            }
            if (Interlocked.CompareExchange(ref _workersStarted, started + reserved, started) == started)
                return true;
        }
    }

    public async Task<MapOutcome> CallAsync(MapCall call, CancellationToken cancellationToken) =>
        (await CallChunkAsync([call], cancellationToken))[0];

    public bool SendsChunks => true;

    public async Task<IReadOnlyList<MapOutcome>> CallChunkAsync(IReadOnlyList<MapCall> chunk, CancellationToken cancellationToken)
    {
        var calls = chunk.Select(c => new PoolWorkerCall(c.Args, c.Kwargs)).ToImmutableArray();
        for (var attempt = 1; ; attempt++)
        {
            var worker = await TakeAsync(cancellationToken);
            var siloLeft = _watch!.Left(worker.Silo);
            using var callOrSilo = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, siloLeft);
            try
            {
                var outcomes = await GrainPulse.CallWatchedAsync(ct => CallOnAsync(worker, calls, ct), () => PulseOf(worker),
                    worker.Silo, callOrSilo.Token);
                Return(worker);
                return outcomes;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested
                && (siloLeft.IsCancellationRequested || e is OrleansException))
            {
                // The worker's silo left the cluster, stopped answering pulses (CallLostException),
                // or refused the call (it may have just died, well before the cluster declares it).
                // The inputs go to another worker: they run again, at least once in all.
                Suspect(worker);
                if (attempt == MaxAttempts)
                    throw new OrleansException($"the inputs were tried {MaxAttempts} times, and each time their silo " +
                        $"left, stopped answering or refused the call; the last time: {(siloLeft.IsCancellationRequested ? "it left the cluster" : e.Message)}");
            }
            catch
            {
                Return(worker);
                throw;
            }
        }
    }

    /// <summary>The next free worker on a silo that is still active and not suspected.</summary>
    private async Task<Worker> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var worker = await _free.Reader.ReadAsync(cancellationToken);
            if (_watch!.Left(worker.Silo).IsCancellationRequested)
            {
                Drop(worker);
                continue;
            }
            lock (_suspected)
            {
                if (_suspected.TryGetValue(worker.Silo, out var parked))
                {
                    parked.Add(worker);
                    continue;
                }
            }
            return worker;
        }
    }

    private void Return(Worker worker) => _free.Writer.TryWrite(worker);

    /// <summary>
    /// Takes <paramref name="worker"/>'s silo out of use: its workers wait aside (this one now, the
    /// others as they come back) while the silo is pulsed, until it answers again (they go back to
    /// the pool) or the watch sees it leave the cluster (they are dropped). A silo killed a moment
    /// ago refuses calls long before the cluster declares it dead, and its workers must not burn
    /// the inputs' tries meanwhile.
    /// </summary>
    private void Suspect(Worker worker)
    {
        lock (_suspected)
        {
            if (_suspected.TryGetValue(worker.Silo, out var parked))
            {
                parked.Add(worker);
                return;
            }
            _suspected[worker.Silo] = [worker];
        }
        _ = ProbeAsync(worker.Silo);
    }

    private async Task ProbeAsync(SiloAddress silo)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(_watch!.Left(silo), _disposed.Token);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(GrainPulse.Period, stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            Worker probe;
            lock (_suspected)
                probe = _suspected[silo][0];
            var (answer, _) = await GrainPulse.PulseAsync(() => PulseOf(probe), silo, stop.Token);
            if (answer is GrainPulse.Answer.Alive or GrainPulse.Answer.Idle)
                break;
        }
        List<Worker> parked;
        lock (_suspected)
        {
            parked = _suspected[silo];
            _suspected.Remove(silo);
        }
        // Back to the pool: workers of a silo that left are dropped as they are taken.
        foreach (var worker in parked)
            Return(worker);
    }

    private static async Task<(SiloAddress, bool)> PulseOf(Worker worker)
    {
        var pulse = await worker.Grain.Pulse();
        return (pulse.Silo, pulse.Running);
    }

    /// <summary>Takes a worker out of the pool for good; when none is left, calls waiting for one fail.</summary>
    private void Drop(Worker worker)
    {
        if (Interlocked.Decrement(ref _liveWorkers) == 0)
            _free.Writer.TryComplete(new OrleansException($"every silo of the map's pool left the cluster (the last was {worker.Silo})"));
    }

    private async Task<IReadOnlyList<MapOutcome>> CallOnAsync(Worker worker, ImmutableArray<PoolWorkerCall> calls,
        CancellationToken cancellationToken)
    {
        var answer = await OnSilo(worker.Silo, () =>
            worker.Grain.Call(_plugin.Key, _module, _function, calls, cancellationToken));
        if (answer.NotLoaded)
        {
            // A fresh activation (the silo restarted, or the worker was collected while idle).
            if ((await LoadAsync(worker, cancellationToken)).Error is { } error)
                return [.. calls.Select(_ => MapOutcome.Failure(error, answer.Silo))];
            answer = await OnSilo(worker.Silo, () =>
                worker.Grain.Call(_plugin.Key, _module, _function, calls, cancellationToken));
        }
        var results = answer.Results
            ?? throw new InvalidOperationException($"pool worker {worker.Grain.GetPrimaryKeyString()} lost its plugin");
        return [.. results.Select(result =>
        {
            _pluginOutput.Write(result.Stdout);
            _pluginOutput.Write(result.Stderr);
            return result.Error is { } failure
                ? MapOutcome.Failure(failure, answer.Silo)
                : MapOutcome.Success(result.Value ?? Grains.Interfaces.Values.WireNone.Instance, answer.Silo);
        })];
    }

    private Task<PoolLoadResult> LoadAsync(Worker worker, CancellationToken cancellationToken) =>
        OnSilo(worker.Silo, () => worker.Grain.Load(_plugin, _module, _function, cancellationToken));

    /// <summary>Makes a call with <paramref name="silo"/> as the placement hint: a worker not yet
    /// active is activated there (an active one is called wherever it lives).</summary>
    private static async Task<T> OnSilo<T>(SiloAddress silo, Func<Task<T>> call)
    {
        RequestContext.Set(IPlacementDirector.PlacementHintKey, silo);
        try
        {
            return await call();
        }
        finally
        {
            RequestContext.Remove(IPlacementDirector.PlacementHintKey);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        if (_watch is not null)
            await _watch.DisposeAsync();
    }
}
