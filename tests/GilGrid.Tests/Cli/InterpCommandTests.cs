using GilGrid.Grains.Interfaces;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>`gilgrid interp` against the 2-silo test cluster, through the real executable.</summary>
[Collection(ClusterCollection.Name)]
public sealed class InterpCommandTests(ClusterFixture fixture)
{
    private Task<ProcessResult> Gilgrid(params string[] args) => GilgridProcess.RunAsync([.. args, .. fixture.CliClusterArgs]);

    [Fact]
    public async Task Stats_shows_an_interpreters_status()
    {
        var status = await fixture.Grains.GetGrain<IInterpreterGrain>("cli-stats").Status();

        var result = await Gilgrid("interp", "stats", "cli-stats");

        Assert.Equal(new ProcessResult(0, $"""
            interpreter: cli-stats
            silo:        {status.Silo}
            state:       idle
            calls:       0 (0 failed)

            """, ""), result);
    }

    [Fact]
    public async Task List_shows_active_interpreters_and_close_removes_one()
    {
        var grain = fixture.Grains.GetGrain<IInterpreterGrain>("cli-listed");
        var silo = (await grain.Status()).Silo;

        var listed = await Gilgrid("interp", "list");
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains($"cli-listed\t{silo}\tidle\n", listed.Stdout);

        Assert.Equal(new ProcessResult(0, "closed cli-listed\n", ""), await Gilgrid("interp", "close", "cli-listed"));
        // Deactivation follows the call that asked for it; give it a moment.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        ProcessResult after;
        do
        {
            await Task.Delay(100);
            after = await Gilgrid("interp", "list");
        }
        while (after.Stdout.Contains("cli-listed\t") && DateTime.UtcNow < deadline);
        Assert.DoesNotContain("cli-listed\t", after.Stdout);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_one_line_and_exit_1()
    {
        var result = await GilgridProcess.RunAsync("interp", "list", "--cluster", "127.0.0.1:1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("gilgrid: cannot reach the cluster at 127.0.0.1:1 (cluster 'dev'): ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }
}
