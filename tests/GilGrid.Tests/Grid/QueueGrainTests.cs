using System.Diagnostics;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

[Collection(ClusterCollection.Name)]
public sealed class QueueGrainTests(ClusterFixture fixture)
{
    private IQueueGrain Queue(string name) => fixture.Grains.GetGrain<IQueueGrain>(name);

    [Fact]
    public async Task Values_come_out_in_order_and_an_empty_queue_times_out_with_queue_empty()
    {
        var queue = Queue("fifo");
        foreach (var i in new[] { 1, 2, 3 }) await queue.Put(new WireInt(i), TimeSpan.Zero);

        var got = new List<WireValue>();
        for (var i = 0; i < 3; i++) got.Add(await queue.Get(TimeSpan.Zero));
        var watch = Stopwatch.StartNew();
        var empty = await Assert.ThrowsAsync<QueueEmptyException>(() => queue.Get(TimeSpan.FromMilliseconds(300)));

        Assert.Equal<WireValue>([new WireInt(1), new WireInt(2), new WireInt(3)], got);
        Assert.Equal("queue 'fifo' is empty", empty.Message);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"gave up after {watch.Elapsed}");
    }

    [Fact]
    public async Task A_waiting_get_is_answered_by_a_later_put()
    {
        var queue = Queue("long-poll");

        var waiting = queue.Get(TimeSpan.FromSeconds(20));
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        var watch = Stopwatch.StartNew();
        await queue.Put(new WireStr("late"), TimeSpan.Zero);

        Assert.Equal(new WireStr("late"), await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"the waiting get took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_full_queue_holds_a_put_until_a_get_makes_room_or_the_timeout_passes()
    {
        var queue = Queue("bounded");
        Assert.Equal(0, await queue.Create(0));
        Assert.Equal(1, await queue.Create(1));
        Assert.Equal(1, await queue.Create(5));
        await queue.Put(new WireInt(1), TimeSpan.Zero);

        var full = await Assert.ThrowsAsync<QueueFullException>(() => queue.Put(new WireInt(2), TimeSpan.FromMilliseconds(200)));
        var blocked = queue.Put(new WireInt(3), TimeSpan.FromSeconds(20));
        await Task.Delay(200);
        Assert.False(blocked.IsCompleted);
        Assert.Equal(new WireInt(1), await queue.Get(TimeSpan.Zero));
        await blocked.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal("queue 'bounded' is full", full.Message);
        Assert.Equal(1, await queue.Count());
        Assert.Equal(new WireInt(3), await queue.Get(TimeSpan.Zero));
    }

    [Fact]
    public async Task A_cancelled_get_leaves_no_waiter_behind()
    {
        var queue = Queue("cancelled-get");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queue.Get(TimeSpan.FromSeconds(20), cancel.Token));
        // The caller gives up at once; the grain hears of it a moment later (a one-way message).
        await Task.Delay(500);
        await queue.Put(new WireInt(9), TimeSpan.Zero);

        // Had the cancelled Get kept its place, the value would have gone to it and be lost.
        Assert.Equal(new WireInt(9), await queue.Get(TimeSpan.Zero));
    }
}
