using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Grid;

/// <summary>
/// Shows what a call on an interpreter grain prints while the call runs: polls the grain's
/// [AlwaysInterleave] <see cref="IInterpreterGrain.TakeOutput"/> and writes each chunk as it comes;
/// the call's result then carries only the rest. Without this, a cluster script's output would
/// appear only when it ends.
/// </summary>
public static class StreamedOutput
{
    /// <summary>How long between two polls: output shows with at most this delay.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Polls <paramref name="grain"/> until <paramref name="call"/> ends (or
    /// <paramref name="cancellationToken"/>: the call was given up), then awaits the call. Polls run one after another and the last one is written before this returns, so text
    /// printed before the end always comes before the result's own output. A failed poll (the silo
    /// is gone) ends the polling; the call's own outcome tells the rest.
    /// </summary>
    public static async Task<T> RunAsync<T>(IInterpreterGrain grain, Task<T> call, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken)
    {
        while (!call.IsCompleted && !cancellationToken.IsCancellationRequested)
        {
            await Task.WhenAny(call, Task.Delay(Period, cancellationToken));
            OutputChunk chunk;
            try
            {
                chunk = await grain.TakeOutput().WaitAsync(GrainPulse.Timeout);
            }
            catch (Exception)
            {
                break; // the grain's silo does not answer: whoever watches the call decides
            }
            if (chunk.IsEmpty)
                continue;
            stdout.Write(chunk.Stdout);
            stdout.Flush();
            stderr.Write(chunk.Stderr);
            stderr.Flush();
        }
        return await call;
    }
}
