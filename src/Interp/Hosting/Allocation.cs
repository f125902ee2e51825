using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Hosting;

/// <summary>
/// Where object code reports big allocations (container storage, str, bytes, big ints) to the
/// interpreter running on this thread, for its <see cref="InterpreterConfig.AllocationQuota"/>.
/// Blocks under <see cref="MinTrackedBytes"/> are not counted: the check at every call site is one
/// compare, and a tracked block costs a weak reference, which is cheap beside copying a kilobyte.
/// </summary>
internal static class Allocation
{
    public const int MinTrackedBytes = 1024;

    /// <summary>Records a freshly allocated block; past the quota it raises MemoryError (the block is then garbage).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Charge(object block, long bytes)
    {
        if (bytes >= MinTrackedBytes) ChargeTracked(block, bytes);
    }

    /// <summary>Before allocating a block that may be huge (`[0] * n`): MemoryError when it cannot fit.</summary>
    public static void Reserve(long bytes)
    {
        if (bytes >= MinTrackedBytes && ThreadState.CurrentOrNull is { } ts) ts.Interp.Allocations.Reserve(bytes);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ChargeTracked(object block, long bytes) => ThreadState.CurrentOrNull?.Interp.Allocations.Charge(block, bytes);
}

/// <summary>
/// One interpreter's tracked blocks. Objects live in the shared .NET heap and are never finalised,
/// so "live" is read off weak handles: the charged total counts blocks the collector has not
/// reclaimed yet. Only when a charge would pass the quota are dead entries dropped, and only if the
/// total is still over is a full collection forced (its cost is paid by an interpreter at its limit,
/// not on every allocation). The entries are pruned whenever their number doubles.
/// <para>Raw weak GCHandles rather than WeakReference objects: a WeakReference is a finalizable
/// object, and one per block made an allocation-heavy loop ~60% slower (measured on bench).</para>
/// </summary>
internal sealed class AllocationLedger(long quota)
{
    private readonly object _lock = new();
    private readonly List<(GCHandle Block, long Bytes)> _blocks = [];
    private long _bytes;
    private int _pruneAt = 1024;

    /// <summary>Bytes of tracked blocks still alive (dead ones dropped first; no collection forced).</summary>
    public long Bytes
    {
        get
        {
            lock (_lock)
            {
                Prune();
                return _bytes;
            }
        }
    }

    public void Charge(object block, long bytes)
    {
        lock (_lock)
        {
            _blocks.Add((GCHandle.Alloc(block, GCHandleType.Weak), bytes));
            _bytes += bytes;
            if (_blocks.Count >= _pruneAt)
            {
                Prune();
                _pruneAt = Math.Max(1024, _blocks.Count * 2);
            }
            if (_bytes <= quota || Fits(0)) return;
            // The block stays alive through the argument, so pruning kept it last.
            _blocks[^1].Block.Free();
            _blocks.RemoveAt(_blocks.Count - 1);
            _bytes -= bytes;
        }
        throw PyError.MemoryError();
    }

    public void Reserve(long bytes)
    {
        lock (_lock)
        {
            if (_bytes + bytes <= quota || Fits(bytes)) return;
        }
        throw PyError.MemoryError();
    }

    /// <summary>Whether <paramref name="extra"/> more bytes fit once collected blocks are dropped.</summary>
    private bool Fits(long extra)
    {
        Prune();
        if (_bytes + extra <= quota) return true;
        if (extra > quota) return false;
        GC.Collect();
        Prune();
        return _bytes + extra <= quota;
    }

    private void Prune()
    {
        int kept = 0;
        long bytes = 0;
        for (int i = 0; i < _blocks.Count; i++)
        {
            var entry = _blocks[i];
            if (entry.Block.Target == null)
            {
                entry.Block.Free();
                continue;
            }
            _blocks[kept++] = entry;
            bytes += entry.Bytes;
        }
        _blocks.RemoveRange(kept, _blocks.Count - kept);
        _bytes = bytes;
    }

    /// <summary>Frees every handle (the interpreter is closed or unreachable).</summary>
    public void Release()
    {
        lock (_lock)
        {
            foreach (var (block, _) in _blocks) block.Free();
            _blocks.Clear();
            _bytes = 0;
        }
    }

    ~AllocationLedger() => Release();
}
