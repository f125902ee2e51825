using System.Net;
using System.Net.Sockets;

namespace GilGrid.Client.Cluster;

/// <summary>
/// Where a cluster is: its gateways and ids. `--cluster` takes `HOST:PORT[,HOST:PORT...]` (a bare
/// HOST means port 30000, the development silo's gateway); the ids default to the development
/// silo's (service "gilgrid", cluster "dev").
/// </summary>
public sealed record GridAddress(IReadOnlyList<IPEndPoint> Gateways, string ClusterId, string ServiceId)
{
    public const int DefaultGatewayPort = 30000;
    public const string DefaultClusterId = "dev";
    public const string DefaultServiceId = "gilgrid";

    public static GridAddress Localhost { get; } =
        new([new IPEndPoint(IPAddress.Loopback, DefaultGatewayPort)], DefaultClusterId, DefaultServiceId);

    public override string ToString() =>
        $"{string.Join(",", Gateways)} (cluster '{ClusterId}')";

    /// <summary>Parses a gateway list; throws <see cref="FormatException"/> with a message for the user.</summary>
    public static GridAddress Parse(string gateways, string clusterId = DefaultClusterId)
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
        return new GridAddress(endpoints, clusterId, DefaultServiceId);
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
