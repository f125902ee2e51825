using Xunit;
using GilGrid.Grains.Execution;
using Microsoft.Extensions.Options;

namespace GilGrid.Tests.Grid;

public sealed class PythonThreadPoolTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static PythonThreadPool Pool(int maxThreads = 4, int idleMs = 30_000) =>
        new(Options.Create(new PythonThreadPoolOptions
        {
            MaxThreads = maxThreads,
            IdleTimeout = TimeSpan.FromMilliseconds(idleMs),
        }));

    [Fact]
    public async Task Work_runs_on_a_dedicated_thread_not_the_thread_pool()
    {
        using var pool = Pool();

        var (name, isPoolThread, isBackground) = await pool.RunAsync(() =>
            (Thread.CurrentThread.Name, Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.IsBackground));

        Assert.StartsWith("gilgrid python ", name);
        Assert.False(isPoolThread);
        Assert.True(isBackground);
    }

    [Fact]
    public async Task An_exception_in_the_work_faults_the_task()
    {
        using var pool = Pool();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => pool.RunAsync<int>(() => throw new InvalidOperationException("boom")));

        Assert.Equal("boom", error.Message);
    }

    [Fact]
    public async Task Work_cancelled_while_queued_never_runs()
    {
        using var pool = Pool(maxThreads: 1);
        using var release = new ManualResetEventSlim();
        var blocker = pool.RunAsync(() => release.Wait(Patience));
        using var cancel = new CancellationTokenSource();
        var ran = false;

        var queued = pool.RunAsync(() => ran = true, cancel.Token);
        cancel.Cancel();
        release.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.True(await blocker);
        // The single thread has moved past the cancelled item: later work still runs.
        Assert.Equal(7, await pool.RunAsync(() => 7).WaitAsync(Patience));
        Assert.False(ran);
    }

    [Fact]
    public async Task Threads_start_on_demand_so_blocked_work_does_not_starve_other_work()
    {
        using var pool = Pool(maxThreads: 4);
        using var allRunning = new CountdownEvent(3);

        // Each item waits until all three run at once: this completes only with three threads.
        var items = Enumerable.Range(0, 3).Select(_ => pool.RunAsync(() =>
        {
            allRunning.Signal();
            return allRunning.Wait(Patience);
        })).ToArray();

        Assert.All(await Task.WhenAll(items).WaitAsync(Patience), Assert.True);
        Assert.Equal(3, pool.ThreadCount);
    }

    [Fact]
    public async Task Idle_threads_retire()
    {
        using var pool = Pool(idleMs: 50);
        await pool.RunAsync(() => 0);

        var deadline = DateTime.UtcNow + Patience;
        while (pool.ThreadCount > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        Assert.Equal(0, pool.ThreadCount);
        Assert.Equal(1, await pool.RunAsync(() => 1).WaitAsync(Patience));
    }

    [Fact]
    public async Task Dispose_cancels_queued_work()
    {
        var pool = Pool(maxThreads: 1);
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var blocker = pool.RunAsync(() =>
        {
            started.Set();
            return release.Wait(Patience);
        });
        Assert.True(started.Wait(Patience));
        var queued = pool.RunAsync(() => 1);

        pool.Dispose();
        release.Set();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.True(await blocker);
        Assert.Throws<ObjectDisposedException>(() => { _ = pool.RunAsync(() => 2); });
    }
}
