namespace GilGrid.Grains.Interfaces;

/// <summary>Settings that silos and clients of the grid must agree on.</summary>
public static class GridCalls
{
    /// <summary>
    /// How long a grain call may take before the caller gets a TimeoutException (and, with
    /// CancelRequestOnTimeout, the grain's running Python is cancelled). Longer than Orleans' 30 s
    /// default because a call runs user code; queue waits are long-polls well inside it.
    /// </summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The RequestContext key holding the names of the interpreters a call went through (a string[]),
    /// so that an interpreter calling one already on the chain fails at once instead of deadlocking.
    /// </summary>
    public const string CallChainKey = "gilgrid.chain";
}
