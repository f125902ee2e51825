using System.Diagnostics;
using System.Text.RegularExpressions;
using GilGrid.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace GilGrid.Tests.Cluster;

/// <summary>
/// PostgreSQL clustering end to end: a throw-away server from scripts/postgres.sh with an empty
/// database, two real silo processes that create the membership tables there and find each other
/// through them, and a `gilgrid map` client that finds the silos' gateways there too and spreads
/// its work over both.
/// </summary>
public sealed partial class PostgresClusteringTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SiloStartTimeout = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Two_silos_form_one_cluster_in_postgres_and_a_client_map_runs_on_both()
    {
        await using var postgres = await PostgresServer.StartAsync();
        var clusterId = $"pg-{Guid.NewGuid():N}";
        var ports = SiloProcess.FreePorts(4);
        using var first = StartSilo(postgres, clusterId, ports[0], ports[1]);
        using var second = StartSilo(postgres, clusterId, ports[2], ports[3]);
        try
        {
            await first.WaitForOutputAsync("Active silos: 2 ", SiloStartTimeout);
            await second.WaitForOutputAsync("Active silos: 2 ", SiloStartTimeout);
            // Both started on an empty database at once: exactly one of them created the schema.
            const string created = "Created the Orleans membership tables in postgres 127.0.0.1:";
            Assert.Equal(1, new[] { first, second }.Count(s => s.Output.Contains(created)));

            using var folder = new TempFolder();
            var input = Path.Combine(folder.Path, "ranges.jsonl");
            await File.WriteAllLinesAsync(input, Enumerable.Range(0, 16).Select(k => $"[{k * 10_000}, {(k + 1) * 10_000}]"));
            var map = await GilgridProcess.RunAsync([
                "map", Path.Combine(RepoPaths.Examples, "plugins", "primes.py") + ":count_primes", "--input", input,
                "--postgres", postgres.ConnectionString, "--cluster-id", clusterId]);

            output.WriteLine(map.Stderr);
            Assert.True(map.ExitCode == 0, $"the map failed (exit {map.ExitCode}):\n{map.Stderr}");
            // primes below 160000, counted per range of 10000, add up to pi(160000) = 14683.
            var counts = map.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => int.Parse(ResultPattern().Match(line).Groups[1].Value)).ToList();
            Assert.Equal(16, counts.Count);
            Assert.Equal(14683, counts.Sum());
            Assert.Contains("16 ok, 0 failed", map.Stderr);
            var perSilo = PerSiloPattern().Matches(map.Stderr).ToDictionary(m => int.Parse(m.Groups[1].Value), m => int.Parse(m.Groups[2].Value));
            Assert.True(perSilo.GetValueOrDefault(ports[0]) > 0 && perSilo.GetValueOrDefault(ports[2]) > 0,
                $"the map did not run on both silos:\n{map.Stderr}");
        }
        finally
        {
            output.WriteLine(first.Output);
            output.WriteLine(second.Output);
        }
    }

    private static SiloProcess StartSilo(PostgresServer postgres, string clusterId, int siloPort, int gatewayPort) =>
        SiloProcess.Start([
            "--postgres", postgres.ConnectionString, "--cluster-id", clusterId,
            "--silo-port", siloPort.ToString(), "--gateway-port", gatewayPort.ToString()]);

    [GeneratedRegex(@"^\{""result"": (\d+)\}$")]
    private static partial Regex ResultPattern();

    [GeneratedRegex(@"127\.0\.0\.1:(\d+) (\d+)")]
    private static partial Regex PerSiloPattern();
}

/// <summary>A server started by scripts/postgres.sh; disposing stops it (stop the silos that use
/// it first: a silo that loses its database while stopping retries its last membership writes).</summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private PostgresServer(string connectionString, int port)
    {
        ConnectionString = connectionString;
        Port = port;
    }

    public string ConnectionString { get; }

    public int Port { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var result = await RunScriptAsync("start");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"scripts/postgres.sh start failed ({result.ExitCode}):\n{result.Stderr}");
        var connectionString = result.Stdout.Trim();
        var port = int.Parse(Regex.Match(connectionString, @"Port=(\d+)").Groups[1].Value);
        return new PostgresServer(connectionString, port);
    }

    public async ValueTask DisposeAsync() => await RunScriptAsync("stop", Port.ToString());

    private static async Task<ProcessResult> RunScriptAsync(params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "scripts", "postgres.sh"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        // Installing the package on a fresh machine takes the longest.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scripts/postgres.sh {string.Join(' ', args)} ran over 5 minutes");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
