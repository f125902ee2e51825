using System.Net;
using System.Net.Sockets;
using GilGrid.Clustering;

namespace GilGrid.Client.Cluster;

/// <summary>
/// Where a cluster is: its gateways and how its members are found. With development clustering the
/// client connects to the gateways `--cluster` lists (`HOST:PORT[,HOST:PORT...]`, a bare HOST means
/// port 30000, the development silo's gateway); with Redis or PostgreSQL clustering it reads the
/// live gateways from the member list and the list is not needed.
/// </summary>
public sealed record GridAddress(IReadOnlyList<IPEndPoint> Gateways, ClusterMembership Membership)
{
    public const int DefaultGatewayPort = 30000;

    public static IReadOnlyList<IPEndPoint> LocalGateway { get; } = [new IPEndPoint(IPAddress.Loopback, DefaultGatewayPort)];

    public override string ToString() => Membership.Provider == MembershipProvider.Development
        ? $"{string.Join(",", Gateways)} (cluster '{Membership.ClusterId}')"
        : $"{Membership.Location} (cluster '{Membership.ClusterId}')";

    /// <summary>Parses a gateway list; throws <see cref="FormatException"/> with a message for the user.</summary>
    public static IReadOnlyList<IPEndPoint> ParseGateways(string gateways)
    {
        var endpoints = new List<IPEndPoint>();
        foreach (var part in gateways.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.LastIndexOf(':');
            var host = colon < 0 ? part : part[..colon];
            var port = DefaultGatewayPort;
            if (colon >= 0 && !(int.TryParse(part[(colon + 1)..], out port) && port is > 0 and < 65536))
                throw new FormatException($"bad gateway port in '{part}'");
            endpoints.Add(new IPEndPoint(Resolve(host), port));
        }
        if (endpoints.Count == 0)
            throw new FormatException("no gateway given");
        return endpoints;
    }

    private static IPAddress Resolve(string host)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
            return address;
        try
        {
            var addresses = Dns.GetHostAddresses(host);
            return Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork)
                ?? addresses.FirstOrDefault()
                ?? throw new FormatException($"no address for host '{host}'");
        }
        catch (SocketException e)
        {
            throw new FormatException($"unknown host '{host}': {e.Message}");
        }
    }
}
