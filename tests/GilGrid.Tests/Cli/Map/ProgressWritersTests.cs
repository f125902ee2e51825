using GilGrid.Client.Grid;
using GilGrid.Client.Map;
using Xunit;

namespace GilGrid.Tests.Cli.Map;

public sealed class ProgressWritersTests
{
    private static MapSummary Summary(bool stopped = false, string workerKind = "worker") => new(Items: 200,
        Reported: stopped ? 120 : 200, Succeeded: 118, Failed: 2, Stopped: stopped, Elapsed: TimeSpan.FromSeconds(4),
        PerWorker: new Dictionary<string, int> { ["local-2"] = 70, ["local-1"] = 50 }, WorkerKind: workerKind);

    [Fact]
    public void Line_progress_writes_at_most_one_line_per_interval_then_the_summary()
    {
        var log = new StringWriter { NewLine = "\n" };
        var progress = new LineProgress(log, TimeSpan.FromSeconds(2));

        progress.Report(new MapProgressCounts(200, 0, 0, TimeSpan.Zero));
        progress.Report(new MapProgressCounts(200, 10, 0, TimeSpan.FromSeconds(1)));
        progress.Report(new MapProgressCounts(200, 50, 1, TimeSpan.FromSeconds(2)));
        progress.Report(new MapProgressCounts(200, 60, 1, TimeSpan.FromSeconds(3)));
        progress.Report(new MapProgressCounts(200, 100, 2, TimeSpan.FromSeconds(4.5)));
        progress.Finish(Summary(stopped: true));

        Assert.Equal("""
            map: 50/200 done, 1 failed, 25.0 items/s, ETA 6s
            map: 100/200 done, 2 failed, 22.2 items/s, ETA 5s
            map: 120 of 200 items in 4.00s (30.0 items/s): 118 ok, 2 failed
            map: stopped early; 120 output lines written, the rest of the inputs were not run
            map: per worker: local-1 50, local-2 70

            """, log.ToString());
    }

    [Fact]
    public void Terminal_progress_redraws_one_line_and_ends_with_the_summary()
    {
        var terminal = new StringWriter { NewLine = "\n" };
        var progress = new TerminalProgress(terminal, width: 10);

        progress.Report(new MapProgressCounts(4, 0, 0, TimeSpan.Zero));
        progress.Report(new MapProgressCounts(4, 2, 1, TimeSpan.FromSeconds(1)));
        progress.Report(new MapProgressCounts(4, 3, 1, TimeSpan.FromSeconds(1.01)));
        progress.Report(new MapProgressCounts(4, 4, 1, TimeSpan.FromSeconds(1.02)));

        var text = terminal.ToString();
        Assert.Equal(
            "\r[..........] 0/4 0 failed 0.0/s" +
            "\r[#####.....] 2/4 1 failed 2.0/s ETA 1s" +
            "\r[##########] 4/4 1 failed 3.9/s       ", text);
        progress.Finish(Summary() with { PerWorker = new Dictionary<string, int> { ["127.0.0.1:11112"] = 70, ["127.0.0.1:11111"] = 50 }, WorkerKind = "silo" });
        Assert.EndsWith("\r" + new string(' ', 38) + "\rmap: 120 of 200 items in 4.00s (30.0 items/s): 118 ok, 2 failed\n" +
            "map: per silo: 127.0.0.1:11111 50, 127.0.0.1:11112 70\n", terminal.ToString());
    }
}
