using System.Diagnostics;
using System.Text;
using GilGrid.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace GilGrid.Tests.Cluster;

/// <summary>
/// scripts/failover-demo.sh end to end: Redis, two real silo processes with Redis clustering, work
/// from client processes (which find the cluster through Redis too), one silo killed with SIGKILL,
/// the work done again on the survivor. The script checks every result (and, for the interpreter
/// grains, where each one lives), and exits non-zero when any of it is wrong; these tests also
/// check its closing report, and kill whatever the script started if it did not get to clean up.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class FailoverDemoTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(6);

    /// <summary>`gilgrid map --backend cluster` over the CPU-heavy primes example, the first silo
    /// killed with a quarter of the inputs done, and the cluster's failure detection turned off so
    /// that it never declares that silo dead: the map notices the lost calls by itself (its workers
    /// stop answering pulses), every result equals the local map's, and the survivor did part of the
    /// work. (With detection on, the map can also learn it from the declaration; but on a loaded
    /// machine that declaration was seen to take minutes, so this test does not wait for it.)</summary>
    [Fact]
    public async Task A_cluster_map_survives_a_killed_silo()
    {
        using var folder = new TempFolder();
        var demo = await RunDemoAsync(folder.Path, "map", ("DEATH_DETECTION", "off"));

        output.WriteLine(demo.Stdout);
        output.WriteLine(demo.Stderr);
        Assert.True(demo.ExitCode == 0, $"the failover demo failed (exit {demo.ExitCode}):\n{demo.Stderr}");
        Assert.Contains("demo: reference: 64 ranges mapped locally\n", demo.Stdout);
        Assert.Matches(@"demo: killed silo 127\.0\.0\.1:\d+ \(pid \d+, SIGKILL\) with \d+ of 64 inputs done\n", demo.Stdout);
        Assert.Contains("demo: map: 64 of 64 items in ", demo.Stdout);
        Assert.Contains(": 64 ok, 0 failed\n", demo.Stdout);
        Assert.Matches(@"demo: the cluster has not declared 127\.0\.0\.1:\d+ dead \(its death detection is off\)\n", demo.Stdout);
        Assert.Matches(@"demo: failover: all 64 results correct, finished on 127\.0\.0\.1:\d+, which did [1-9]\d* of them", demo.Stdout);
        Assert.Empty(StillRunning(folder.Path));
    }

    /// <summary>Interpreter grains run by `gilgrid repl --cluster` jobs come back on the survivor.</summary>
    [Fact]
    public async Task Interpreter_jobs_survive_a_killed_silo()
    {
        using var folder = new TempFolder();
        var demo = await RunDemoAsync(folder.Path, "repl");

        output.WriteLine(demo.Stdout);
        output.WriteLine(demo.Stderr);
        Assert.True(demo.ExitCode == 0, $"the failover demo failed (exit {demo.ExitCode}):\n{demo.Stderr}");
        Assert.Contains("demo: before the kill: 4 jobs done, results correct\n", demo.Stdout);
        Assert.Matches(@"demo: killed silo 127\.0\.0\.1:\d+ \(pid \d+, SIGKILL\); it hosted [1-4] of the 4 jobs\n", demo.Stdout);
        Assert.Contains("demo: after the kill: 4 jobs done, results correct\n", demo.Stdout);
        Assert.Matches(@"demo: failover: all 4 jobs finished on 127\.0\.0\.1:\d+; [1-4] came back there from the killed silo", demo.Stdout);
        Assert.Empty(StillRunning(folder.Path));
    }

    /// <summary>`gilgrid run` on the cluster, its silo killed once the script's first line has come
    /// back (streamed, while it runs), with the cluster's failure detection off: the run cannot
    /// finish, and instead of waiting for its half-hour response timeout it ends within seconds,
    /// status 1, saying its run is lost.</summary>
    [Fact]
    public async Task A_cluster_run_whose_silo_is_killed_ends_as_lost()
    {
        using var folder = new TempFolder();
        var demo = await RunDemoAsync(folder.Path, "run", ("DEATH_DETECTION", "off"));

        output.WriteLine(demo.Stdout);
        output.WriteLine(demo.Stderr);
        Assert.True(demo.ExitCode == 0, $"the failover demo failed (exit {demo.ExitCode}):\n{demo.Stderr}");
        Assert.Matches(@"demo: killed silo 127\.0\.0\.1:\d+ \(pid \d+, SIGKILL\), which ran the script\n", demo.Stdout);
        Assert.Matches(@"demo: lost run: exit status 1 [\d.]+ s after the kill: gilgrid: the script's run is lost: "
            + @"the silo running the call stopped answering", demo.Stdout);
        Assert.Empty(StillRunning(folder.Path));
    }

    private static async Task<ProcessResult> RunDemoAsync(string folder, string work, params (string Name, string Value)[] settings)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "failover-demo.sh"));
        start.Environment["GILGRID_DEMO_DIR"] = folder;
        start.Environment["WORK"] = work;
        start.Environment["JOBS"] = "4";
        start.Environment["ITEMS"] = "64";
        start.Environment["DOTNET_HOST_PATH"] = DotnetHost.Path;
        start.Environment["SILO_DLL"] = SiloBuild.RequireDll();
        start.Environment["GILGRID_DLL"] = Path.Combine(AppContext.BaseDirectory, "gilgrid.dll");
        start.Environment.Remove("GILGRID_DEBUG");
        foreach (var (name, value) in settings)
            start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the failover demo ran over {Timeout}");
        }
        finally
        {
            // Whatever happened, nothing the script started may outlive the test.
            foreach (var leftover in StillRunning(folder))
            {
                leftover.Kill(entireProcessTree: true);
                leftover.WaitForExit(5000);
            }
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The processes the script started (listed in its pids file) that are still running.</summary>
    private static List<Process> StillRunning(string folder)
    {
        var pidsFile = Path.Combine(folder, "pids");
        var running = new List<Process>();
        if (!File.Exists(pidsFile))
            return running;
        foreach (var line in File.ReadAllLines(pidsFile))
        {
            if (!int.TryParse(line, out var pid))
                continue;
            try
            {
                var process = Process.GetProcessById(pid);
                // A pid may have been reused since: only the programs the script starts count.
                if (!process.HasExited && process.ProcessName is "dotnet" or "redis-server")
                    running.Add(process);
            }
            catch (ArgumentException)
            {
                // Exited.
            }
        }
        return running;
    }
}

/// <summary>
/// Tests that run two real silo processes and kill one: xunit runs this collection after every
/// parallel one, alone. While the rest of the suite competed for the 2 cores, a surviving silo once
/// failed to declare the killed one dead within 2 minutes and the map waited on it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Real silo processes, alone";
}
