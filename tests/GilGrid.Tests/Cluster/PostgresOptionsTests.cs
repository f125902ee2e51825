using System.Diagnostics;
using GilGrid.Client.Cluster;
using GilGrid.Clustering;
using GilGrid.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace GilGrid.Tests.Cluster;

/// <summary>`--postgres CONNECTION` (and `GilGrid__Postgres`) on the client commands and on the silo:
/// it selects PostgreSQL clustering, names the database in messages without its password, and
/// refuses what does not go with it. (PostgresClusteringTests runs a real cluster on it.)</summary>
public sealed class PostgresOptionsTests
{
    private const string Database = "Host=127.0.0.1;Port=1;Username=grid;Password=secret;Database=members";

    private static GridAddress Build(string[] args, Dictionary<string, string?>? settings = null)
    {
        var clusterArgs = new ClusterArgs();
        for (var i = 0; i < args.Length; i++)
            Assert.True(clusterArgs.TryTake(args, ref i, message => new FormatException(message)), args[i]);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return clusterArgs.Build(message => new FormatException(message), configuration);
    }

    [Fact]
    public void A_connection_string_selects_postgres_clustering_and_messages_hide_the_password()
    {
        var address = Build(["--postgres", Database, "--cluster-id", "demo"]);

        Assert.Equal(MembershipProvider.Postgres, address.Membership.Provider);
        Assert.Equal(Database, address.Membership.Postgres);
        Assert.Equal("postgres 127.0.0.1:1/members (cluster 'demo')", address.ToString());
        Assert.Contains("Timezone=UTC", MembershipBuilderExtensions.PostgresConnectionString(address.Membership));
    }

    [Fact]
    public void Configuration_gives_the_database_and_the_command_line_replaces_it()
    {
        var settings = new Dictionary<string, string?> { ["GilGrid:Clustering"] = "postgres", ["GilGrid:Postgres"] = Database };

        var configured = Build(["--cluster-id", "x"], settings);
        var redis = Build(["--redis", "127.0.0.1:6390"], settings);
        var dev = Build(["--clustering", "dev"], settings);

        Assert.Equal((MembershipProvider.Postgres, Database), (configured.Membership.Provider, configured.Membership.Postgres));
        Assert.Equal((MembershipProvider.Redis, null), (redis.Membership.Provider, redis.Membership.Postgres));
        Assert.Equal((MembershipProvider.Development, null), (dev.Membership.Provider, dev.Membership.Postgres));
    }

    [Theory]
    [InlineData(new[] { "--clustering", "postgres" }, "postgres clustering needs a database: --postgres \"Host=...;Username=...;Database=...\"")]
    [InlineData(new[] { "--redis", "127.0.0.1:6379", "--postgres", Database }, "--redis and --postgres name two different clusterings: give one")]
    [InlineData(new[] { "--clustering", "redis", "--redis", "127.0.0.1:6379", "--postgres", Database }, "--postgres is only for postgres clustering")]
    [InlineData(new[] { "--postgres", "Port=5432;Database=x" }, "--postgres: no Host in the connection string")]
    public void Bad_postgres_options_are_explained(string[] args, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Build(args)).Message);
    }

    [Fact]
    public async Task A_client_command_reports_an_unreachable_database()
    {
        var start = GilgridProcess.StartInfo(["interp", "list", "--postgres", Database, "--cluster-id", "x"]);
        var result = await SiloProcess.RunIsolatedAsync(start);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gilgrid: cannot reach the cluster at postgres 127.0.0.1:1/members (cluster 'x'): ", result.Stderr);
        Assert.DoesNotContain("secret", result.Stderr);
    }

    [Fact]
    public async Task The_silo_help_lists_postgres_and_the_dashboard()
    {
        var result = await RunSiloAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--postgres CONN", result.Stdout);
        Assert.Contains("--dashboard [PORT]", result.Stdout);
    }

    [Theory]
    [InlineData("--postgres Host=h --primary-port 11111", "--primary-port is for dev clustering; postgres clustering finds the other silos in PostgreSQL")]
    [InlineData("--clustering dev --postgres Host=h", "--postgres is only for postgres clustering")]
    [InlineData("--dashboard 30000", "the dashboard port 30000 is the silo's or the gateway's")]
    [InlineData("--dashboard x", "--dashboard: not a port number: 'x'")]
    public async Task The_silo_refuses_options_that_do_not_go_together(string args, string message)
    {
        var result = await RunSiloAsync(args.Split(' '));

        Assert.Equal((2, $"silo: {message}\nTry '--help' for the options.\n"), (result.ExitCode, result.Stderr));
    }

    [Fact]
    public async Task The_silo_reports_an_unreachable_database_given_by_the_environment()
    {
        var ports = SiloProcess.FreePorts(2);
        var result = await RunSiloAsync(["--silo-port", ports[0].ToString(), "--gateway-port", ports[1].ToString()],
            ("GilGrid__Postgres", Database));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Cannot reach postgres 127.0.0.1:1/members: ", result.Stdout);
        Assert.DoesNotContain("secret", result.Stdout);
    }

    private static Task<ProcessResult> RunSiloAsync(params string[] args) => SiloProcess.RunToEndAsync(args);

    private static Task<ProcessResult> RunSiloAsync(string[] args, params (string Name, string Value)[] environment) =>
        SiloProcess.RunToEndAsync(args, environment);
}
