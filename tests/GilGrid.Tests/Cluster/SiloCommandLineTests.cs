using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cluster;

/// <summary>The silo program's options, run as a process: help, and the clustering choices it refuses
/// before starting anything.</summary>
public sealed class SiloCommandLineTests
{
    [Fact]
    public async Task Help_lists_the_clustering_options()
    {
        var result = await RunSiloAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--clustering KIND", result.Stdout);
        Assert.Contains("--redis CONFIG", result.Stdout);
    }

    [Theory]
    [InlineData("--clustering redis", "redis clustering needs a server: --redis HOST:PORT")]
    [InlineData("--clustering zookeeper", "unknown clustering 'zookeeper' (expected dev, redis or postgres)")]
    [InlineData("--clustering dev --redis 127.0.0.1:6379", "--redis is only for redis clustering")]
    [InlineData("--redis 127.0.0.1:6379 --primary-port 11111", "--primary-port is for dev clustering; redis clustering finds the other silos in Redis")]
    [InlineData("--address 10.0.0.5", "--address is for redis and postgres clustering; dev clustering stays on 127.0.0.1")]
    [InlineData("--redis 127.0.0.1:6379 --address 0.0.0.0", "--address: not a reachable IP address: '0.0.0.0'")]
    [InlineData("--silo-port 30000", "the silo and gateway ports must differ (both 30000)")]
    [InlineData("--cluster-id", "missing value for --cluster-id")]
    public async Task Bad_clustering_options_are_refused(string args, string message)
    {
        var result = await RunSiloAsync(args.Split(' '));

        Assert.Equal((2, $"silo: {message}\nTry '--help' for the options.\n"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public async Task Configuration_selects_redis_clustering()
    {
        // The environment gives redis clustering but no server: refused like the command line.
        var result = await RunSiloAsync(["--silo-port", "11111"], ("GilGrid__Clustering", "redis"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("silo: redis clustering needs a server: --redis HOST:PORT\n", result.Stderr);
    }

    private static Task<ProcessResult> RunSiloAsync(string[] args, params (string Name, string Value)[] environment) =>
        SiloProcess.RunToEndAsync(args, environment);

    private static Task<ProcessResult> RunSiloAsync(params string[] args) => SiloProcess.RunToEndAsync(args);
}
