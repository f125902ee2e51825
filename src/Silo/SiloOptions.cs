using System.Net;

namespace GilGrid.Silo;

/// <summary>The development silo's command line.</summary>
public sealed record SiloOptions(int SiloPort, int GatewayPort, int? PrimarySiloPort, string ClusterId)
{
    public const string Help = """
        usage: dotnet run --project src/Silo -- [options]

        Starts a GilGrid development silo on localhost (in-memory storage). Ctrl-C stops it.

          --silo-port N      silo-to-silo port (default 11111)
          --gateway-port N   port clients connect to (default 30000)
          --primary-port N   silo port of the first silo, to join its cluster (a second silo on
                             this machine needs this and its own two ports)
          --cluster-id ID    cluster id (default "dev")
          -h, --help         show this help and exit

        """;

    public IPEndPoint? PrimarySiloEndpoint =>
        PrimarySiloPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null;

    /// <summary>Parses the arguments; null means help was asked for. Bad input throws
    /// <see cref="ArgumentException"/> with a message for the user.</summary>
    public static SiloOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new SiloOptions(11111, 30000, null, "dev");
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
                return null;
            if (i + 1 >= args.Count)
                throw new ArgumentException($"missing value for {name}");
            var value = args[++i];
            options = name switch
            {
                "--silo-port" => options with { SiloPort = Port(name, value) },
                "--gateway-port" => options with { GatewayPort = Port(name, value) },
                "--primary-port" => options with { PrimarySiloPort = Port(name, value) },
                "--cluster-id" => options with { ClusterId = value },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }
        return options;
    }

    private static int Port(string name, string value) =>
        int.TryParse(value, out var port) && port is > 0 and < 65536
            ? port
            : throw new ArgumentException($"{name}: not a port number: '{value}'");
}
