using GilGrid.Client.Grid;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>
/// <see cref="GrainPulse.CallWatchedAsync"/> with stand-ins for the grain call and its pulse: a call
/// whose grain stops answering, answers from another silo, or sits idle, is given up as lost; a call
/// whose grain answers while running it finishes untouched, however long it runs.
/// </summary>
public sealed class GrainPulseTests
{
    /// <summary>Well past the time a loss takes to detect (missed pulses, each a period apart).</summary>
    private static readonly TimeSpan Patience = GrainPulse.Period * (GrainPulse.MissedLimit + 3) + GrainPulse.Timeout;

    private static Task<(string, bool)> Running(string silo) => Task.FromResult((silo, true));

    private static Task<(string, bool)> Refused() => Task.FromException<(string, bool)>(new InvalidOperationException("connection refused"));

    [Fact]
    public async Task A_call_whose_grain_stops_answering_is_lost()
    {
        var neverAnswered = new TaskCompletionSource<int>();
        var pulses = 0;
        var watched = GrainPulse.CallWatchedAsync(_ => neverAnswered.Task, () =>
        {
            Interlocked.Increment(ref pulses);
            return Refused();
        }, "silo-a", CancellationToken.None);

        await Assert.ThrowsAsync<CallLostException>(() => watched.WaitAsync(Patience));
        Assert.Equal(GrainPulse.MissedLimit, pulses);
    }

    [Fact]
    public async Task A_call_whose_grain_answers_from_another_silo_is_lost_at_once()
    {
        var neverAnswered = new TaskCompletionSource<int>();
        // No silo given: the first answer, to a pulse right behind the call, says where the call runs.
        var answers = new Queue<string>(["silo-a", "silo-b"]);
        var watched = GrainPulse.CallWatchedAsync(_ => neverAnswered.Task, () => Running(answers.Dequeue()),
            (string?)null, CancellationToken.None);

        await Assert.ThrowsAsync<CallLostException>(() => watched.WaitAsync(Patience));
        Assert.Empty(answers);
    }

    [Fact]
    public async Task A_call_whose_grain_sits_idle_is_lost_on_the_way()
    {
        // The call (or its answer) went through a gateway that died: the grain, reached through
        // another one, answers but runs nothing.
        var neverAnswered = new TaskCompletionSource<int>();
        var pulses = 0;
        var watched = GrainPulse.CallWatchedAsync(_ => neverAnswered.Task, () =>
        {
            Interlocked.Increment(ref pulses);
            return Task.FromResult(("silo-a", false));
        }, "silo-a", CancellationToken.None);

        await Assert.ThrowsAsync<CallLostException>(() => watched.WaitAsync(Patience));
        Assert.Equal(GrainPulse.IdleLimit, pulses);
    }

    [Fact]
    public async Task A_call_whose_grain_answers_runs_to_its_end_and_the_pulses_stop()
    {
        var pulses = 0;
        var result = await GrainPulse.CallWatchedAsync(async ct =>
        {
            await Task.Delay(GrainPulse.Period * (GrainPulse.MissedLimit + 1), ct);
            return 42;
        }, () =>
        {
            Interlocked.Increment(ref pulses);
            return Running("silo-a");
        }, "silo-a", CancellationToken.None);

        Assert.Equal(42, result);
        var seen = Volatile.Read(ref pulses);
        Assert.True(seen >= GrainPulse.MissedLimit, $"only {seen} pulses during the call");
        await Task.Delay(GrainPulse.Period * 2);
        Assert.Equal(seen, Volatile.Read(ref pulses));
    }

    [Fact]
    public async Task A_missed_or_idle_pulse_between_answers_does_not_lose_the_call()
    {
        var answers = 0;
        var result = await GrainPulse.CallWatchedAsync(async ct =>
        {
            await Task.Delay(GrainPulse.Period * (GrainPulse.MissedLimit + 3), ct);
            return "done";
        }, () => (Interlocked.Increment(ref answers) % 4) switch
        {
            1 => Refused(),
            3 => Task.FromResult(("silo-a", false)),
            _ => Running("silo-a"),
        }, "silo-a", CancellationToken.None);

        Assert.Equal("done", result);
    }

    [Fact]
    public async Task The_callers_cancellation_is_a_cancellation_not_a_loss()
    {
        using var cancel = new CancellationTokenSource(GrainPulse.Period / 2);
        var neverAnswered = new TaskCompletionSource<int>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => GrainPulse.CallWatchedAsync(_ => neverAnswered.Task,
            Refused, "silo-a", cancel.Token));
    }
}
