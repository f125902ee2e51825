using System.Collections.Immutable;
using GilGrid.Grains.Interfaces.Values;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace GilGrid.Grains.Interfaces.Pools;

/// <summary>
/// One worker of a plugin pool: one interpreter with one plugin installed, one call at a time (the
/// grain is not reentrant). A pool is many of these, keyed
/// "{plugin key}/{silo}/{slot}", placed on the silo their key names (by a placement hint at their
/// first call), as many per silo as it has cores: see <c>PoolWorkerKeys</c>.
/// </summary>
[Alias("gilgrid.IPoolWorkerGrain")]
public interface IPoolWorkerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Installs <paramref name="plugin"/> (once: a second load of the same plugin only answers) and
    /// imports <paramref name="function"/> from <paramref name="module"/>; the import error, if any,
    /// comes back in the result and the worker stays without a plugin.
    /// </summary>
    [Alias("Load")]
    Task<PoolLoadResult> Load(PoolPlugin plugin, string module, string function, CancellationToken cancellationToken = default);

    /// <summary>Calls `module.function(*args, **kwargs)` in the loaded plugin's interpreter once for
    /// each of <paramref name="calls"/>, in order, in one message (a chunk: tiny inputs would spend
    /// most of their time on the way). Cancelling stops the Python code; the interpreter stays for
    /// the next call.</summary>
    [Alias("Call")]
    Task<PoolCallResult> Call(string pluginKey, string module, string function, ImmutableArray<PoolWorkerCall> calls,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers at once, even while a call runs: the silo this activation lives on, and whether it is
    /// running a call. A caller with a call in flight pulses its worker to learn, without waiting for
    /// the cluster to declare a silo dead, that the call is lost: the pulse fails (the silo is gone),
    /// comes back from another silo (the worker was activated anew, without the call), or finds the
    /// worker idle (the call or its answer was lost on the way, with a gateway that died).
    /// </summary>
    [Alias("Pulse"), AlwaysInterleave]
    Task<PoolWorkerPulse> Pulse();
}
