using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>`gilgrid map` on the grain backends: an embedded silo and a running cluster give the
/// local backend's output, byte for byte; the summary counts inputs per silo.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MapBackendTests(ClusterFixture fixture)
{
    private static readonly string[] TextStats =
        ["map", "examples/plugins/textstats.py:analyze", "--input", "examples/inputs/texts.jsonl"];

    [Fact]
    public async Task Embedded_gives_the_local_output_byte_for_byte()
    {
        var local = await GilgridProcess.RunAsync([.. TextStats, "--backend", "local"]);
        var embedded = await GilgridProcess.RunAsync([.. TextStats, "--backend", "embedded"]);

        // texts.jsonl holds an input that fails: its error record, traceback included, must match too.
        Assert.Contains("\"traceback\": \"Traceback (most recent call last):\\n  File \\\"" + RepoPaths.Examples, local.Stdout);
        Assert.Equal(local.Stdout, embedded.Stdout);
        Assert.Equal((1, 1), (local.ExitCode, embedded.ExitCode));
        Assert.Matches(@"\nmap: per silo: 127\.0\.0\.1:\d+ 8\n$", embedded.Stderr);
    }

    [Fact]
    public async Task A_running_cluster_gives_the_same_output_and_counts_per_silo()
    {
        var local = await GilgridProcess.RunAsync([.. TextStats, "--workers", "1"]);
        var cluster = await GilgridProcess.RunAsync([.. TextStats, .. fixture.CliClusterArgs]);

        Assert.Equal(local.Stdout, cluster.Stdout);
        Assert.Equal(1, cluster.ExitCode);
        var perSilo = cluster.Stderr.Split('\n').Single(l => l.StartsWith("map: per silo: ", StringComparison.Ordinal));
        // Both silos have workers, and the first inputs go to one worker each: both serve some.
        foreach (var silo in fixture.Cluster.GetActiveSilos())
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(silo.SiloAddress.Endpoint.ToString())} [1-9]", perSilo);
    }

    [Fact]
    public async Task An_unreachable_cluster_is_one_line_and_exit_1()
    {
        var result = await GilgridProcess.RunAsync([.. TextStats, "--cluster", "127.0.0.1:1"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("gilgrid: cannot reach the cluster at 127.0.0.1:1 (cluster 'dev'): ", result.Stderr);
        Assert.Single(result.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task A_cluster_address_with_another_backend_is_a_usage_error()
    {
        var result = await GilgridProcess.RunAsync([.. TextStats, "--backend", "local", "--cluster", "127.0.0.1:1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gilgrid map: --cluster, --clustering, --redis and --postgres name a running cluster: they do not go with --backend local\n", result.Stderr);
    }
}
