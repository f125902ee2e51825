using System.Net;
using GilGrid.Clustering;
using Microsoft.Extensions.Configuration;

namespace GilGrid.Silo;

/// <summary>The silo's command line, with defaults from configuration for the cluster choice.</summary>
public sealed record SiloOptions(int SiloPort, int GatewayPort, int? PrimarySiloPort, IPAddress Address,
    ClusterMembership Membership, int? DashboardPort)
{
    public const int DefaultDashboardPort = 8080;

    public const string Help = """
        usage: dotnet run --project src/Silo -- [options]

        Starts a GilGrid silo (in-memory grain storage). Ctrl-C stops it.

          --clustering KIND  how silos find each other: "dev" (default; the first silo keeps the
                             member list, so the cluster dies with it), "redis" or "postgres" (a
                             Redis server or a PostgreSQL database keeps it: any silo can die and
                             the others carry on)
          --redis CONFIG     the Redis server for redis clustering, HOST:PORT (selects redis
                             clustering on its own)
          --postgres CONN    the PostgreSQL database for postgres clustering, as a connection
                             string "Host=H;Port=P;Username=U;Password=W;Database=D" (selects
                             postgres clustering on its own); the silo creates the membership
                             tables when the database has none
          --cluster-id ID    cluster id (default "dev"); silos and clients of one cluster share it
          --silo-port N      silo-to-silo port (default 11111)
          --gateway-port N   port clients connect to (default 30000)
          --primary-port N   dev clustering: silo port of the first silo, to join its cluster (a
                             second silo on this machine needs this and its own two ports)
          --address IP       redis and postgres clustering: the address other silos and clients
                             reach this silo at (default 127.0.0.1; any other address listens on
                             every interface)
          --dashboard [PORT] serve Orleans' dashboard (silos, grains, calls) on
                             http://127.0.0.1:PORT/ (default 8080)
          -h, --help         show this help and exit

        Configuration (appsettings.json in the working folder, or environment variables such as
        GilGrid__Clustering=redis) gives defaults for the first four: GilGrid:Clustering,
        GilGrid:Redis, GilGrid:Postgres, GilGrid:ClusterId. Orleans' failure detection is tuned
        under GilGrid:Membership (e.g. GilGrid__Membership__ProbeTimeout=00:00:02).

        """;

    public IPEndPoint? PrimarySiloEndpoint =>
        PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;

    public SiloEndpoints Endpoints => new(Address, SiloPort, GatewayPort, PrimarySiloEndpoint);

    /// <summary>Parses the arguments; null means help was asked for. Bad input throws
    /// <see cref="ArgumentException"/> with a message for the user.</summary>
    public static SiloOptions? Parse(IReadOnlyList<string> args, IConfiguration? configuration = null)
    {
        string? clustering = null, redis = null, postgres = null, clusterId = null;
        int siloPort = 11111, gatewayPort = 30000;
        int? primaryPort = null, dashboardPort = null;
        IPAddress? address = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return null;
            if (name == "--dashboard")
            {
                // The port is optional: a following option is not one.
                var hasPort = i + 1 < args.Count && !args[i + 1].StartsWith('-');
                dashboardPort = hasPort ? Port(name, args[++i]) : DefaultDashboardPort;
                continue;
            }
            if (i + 1 >= args.Count)
                throw new ArgumentException($"missing value for {name}");
            var value = args[++i];
            switch (name)
            {
                case "--clustering": clustering = value; break;
                case "--redis": redis = value; break;
                case "--postgres": postgres = value; break;
                case "--cluster-id": clusterId = value; break;
                case "--silo-port": siloPort = Port(name, value); break;
                case "--gateway-port": gatewayPort = Port(name, value); break;
                case "--primary-port": primaryPort = Port(name, value); break;
                case "--address": address = ParseAddress(value); break;
                default: throw new ArgumentException($"unknown option {name}");
            }
        }
        var membership = ClusterMembership.Create(clustering, redis, postgres, clusterId, configuration);
        if (membership.Provider == MembershipProvider.Redis && primaryPort is not null)
            throw new ArgumentException("--primary-port is for dev clustering; redis clustering finds the other silos in Redis");
        if (membership.Provider == MembershipProvider.Postgres && primaryPort is not null)
            throw new ArgumentException("--primary-port is for dev clustering; postgres clustering finds the other silos in PostgreSQL");
        if (membership.Provider == MembershipProvider.Development && address is not null)
            throw new ArgumentException("--address is for redis and postgres clustering; dev clustering stays on 127.0.0.1");
        if (siloPort == gatewayPort)
            throw new ArgumentException($"the silo and gateway ports must differ (both {siloPort})");
        if (dashboardPort is { } dashboard && (dashboard == siloPort || dashboard == gatewayPort))
            throw new ArgumentException($"the dashboard port {dashboard} is the silo's or the gateway's");
        return new SiloOptions(siloPort, gatewayPort, primaryPort, address ?? IPAddress.Loopback, membership, dashboardPort);
    }

    private static int Port(string name, string value) =>
        int.TryParse(value, out var port) && port is > 0 and < 65536
            ? port
            : throw new ArgumentException($"{name}: not a port number: '{value}'");

    private static IPAddress ParseAddress(string value) =>
        IPAddress.TryParse(value, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            ? address
            : throw new ArgumentException($"--address: not a reachable IP address: '{value}'");
}
