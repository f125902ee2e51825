using System.Diagnostics;
using GilGrid.Client.Cluster;
using GilGrid.Clustering;
using GilGrid.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace GilGrid.Tests.Cluster;

/// <summary>The cluster options of the `gilgrid` commands (`--cluster`, `--clustering`, `--redis`,
/// `--cluster-id` and their environment defaults) choose the membership the silo would.
/// (FailoverDemoTests runs real clients with `--redis` against a Redis-clustered pair of silos.)</summary>
public sealed class ClientClusteringTests
{
    private static GridAddress Build(string[] args, Dictionary<string, string?>? settings = null)
    {
        var clusterArgs = new ClusterArgs();
        for (var i = 0; i < args.Length; i++)
            Assert.True(clusterArgs.TryTake(args, ref i, message => new FormatException(message)), args[i]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return clusterArgs.Build(message => new FormatException(message), configuration);
    }

    [Fact]
    public void A_redis_server_selects_redis_clustering_and_needs_no_gateway()
    {
        var address = Build(["--redis", "127.0.0.1:6390", "--cluster-id", "demo"]);

        Assert.Equal(MembershipProvider.Redis, address.Membership.Provider);
        Assert.Equal("127.0.0.1:6390", address.Membership.Redis);
        Assert.Equal("demo", address.Membership.ClusterId);
        Assert.Equal("redis 127.0.0.1:6390 (cluster 'demo')", address.ToString());
    }

    [Fact]
    public void Development_clustering_connects_to_the_listed_gateways()
    {
        var address = Build(["--cluster", "127.0.0.1:30001,127.0.0.1", "--clustering", "dev"]);

        Assert.Equal(MembershipProvider.Development, address.Membership.Provider);
        Assert.Equal(["127.0.0.1:30001", "127.0.0.1:30000"], address.Gateways.Select(g => g.ToString()));
        Assert.Equal("127.0.0.1:30001,127.0.0.1:30000 (cluster 'dev')", address.ToString());
    }

    [Fact]
    public void Configuration_gives_defaults_that_the_command_line_overrides()
    {
        var settings = new Dictionary<string, string?>
        {
            ["GilGrid:Clustering"] = "redis", ["GilGrid:Redis"] = "10.0.0.5:6379", ["GilGrid:ClusterId"] = "prod",
        };

        var fromConfiguration = Build(["--cluster", "127.0.0.1"], settings);
        var overridden = Build(["--clustering", "dev", "--cluster-id", "test"], settings);

        Assert.Equal(MembershipProvider.Redis, fromConfiguration.Membership.Provider);
        Assert.Equal("10.0.0.5:6379", fromConfiguration.Membership.Redis);
        Assert.Equal("prod", fromConfiguration.Membership.ClusterId);
        Assert.Equal(MembershipProvider.Development, overridden.Membership.Provider);
        Assert.Null(overridden.Membership.Redis);
        Assert.Equal("test", overridden.Membership.ClusterId);
    }

    [Theory]
    [InlineData(new[] { "--clustering", "zookeeper" }, "unknown clustering 'zookeeper' (expected dev, redis or postgres)")]
    [InlineData(new[] { "--clustering", "redis" }, "redis clustering needs a server: --redis HOST:PORT")]
    [InlineData(new[] { "--clustering", "dev", "--redis", "127.0.0.1:6379" }, "--redis is only for redis clustering")]
    [InlineData(new[] { "--cluster", "127.0.0.1:x" }, "--cluster: bad gateway port in '127.0.0.1:x'")]
    public void Bad_cluster_options_are_explained(string[] args, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Build(args)).Message);
    }

    [Fact]
    public void Only_the_command_line_sends_a_command_to_a_cluster()
    {
        Assert.False(new ClusterArgs().Given);
        var args = new[] { "--cluster-id", "x" };
        var clusterArgs = new ClusterArgs();
        var i = 0;
        clusterArgs.TryTake(args, ref i, message => new FormatException(message));
        Assert.False(clusterArgs.Given);
    }

    [Theory]
    [InlineData("run", "-c", "pass")]
    [InlineData("interp", "list")]
    [InlineData("repl")]
    public async Task Every_cluster_command_connects_through_redis(params string[] command)
    {
        var result = await RunAsync([.. command[..1], "--redis", "127.0.0.1:1", "--cluster-id", "x", .. command[1..]]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gilgrid: cannot reach the cluster at redis 127.0.0.1:1 (cluster 'x'): ", result.Stderr);
    }

    [Fact]
    public async Task The_environment_gives_the_redis_server()
    {
        var result = await RunAsync(["interp", "list"], new() { ["GilGrid__Redis"] = "127.0.0.1:1", ["GilGrid__ClusterId"] = "envid" });

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gilgrid: cannot reach the cluster at redis 127.0.0.1:1 (cluster 'envid'): ", result.Stderr);
    }

    [Fact]
    public async Task A_bad_clustering_is_a_usage_error_of_map()
    {
        var result = await RunAsync(["map", "plugin.py:f", "--input", "items.jsonl", "--clustering", "redis"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gilgrid map: redis clustering needs a server: --redis HOST:PORT\n", result.Stderr);
    }

    private static async Task<ProcessResult> RunAsync(string[] args, Dictionary<string, string>? environment = null)
    {
        var start = GilgridProcess.StartInfo(args);
        foreach (var name in new[] { "GilGrid__Clustering", "GilGrid__Redis", "GilGrid__ClusterId" })
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? [])
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
