using GilGrid.Clustering;
using Microsoft.Extensions.Configuration;

namespace GilGrid.Client.Cluster;

/// <summary>
/// The options every cluster command shares, read the way the silo reads them: `--cluster
/// GATEWAYS`, `--clustering dev|redis|postgres`, `--redis HOST:PORT`, `--postgres CONNECTION` and
/// `--cluster-id ID`, with defaults for the last four from configuration (environment variables
/// `GilGrid__Clustering`, `GilGrid__Redis`, `GilGrid__Postgres`, `GilGrid__ClusterId`).
/// </summary>
public sealed class ClusterArgs
{
    public const string HelpLines = """
          --cluster GATEWAYS    the cluster's gateways, HOST:PORT[,HOST:PORT...] (default
                                127.0.0.1:30000; not needed with redis or postgres clustering)
          --clustering NAME     how the cluster's members are found: dev (the default: the
                                gateways above), redis or postgres (live gateways are read
                                from Redis or from PostgreSQL)
          --redis HOST:PORT     the Redis server of redis clustering (selects redis clustering)
          --postgres CONN       the PostgreSQL database of postgres clustering, as a connection
                                string "Host=H;Port=P;Username=U;Password=W;Database=D"
                                (selects postgres clustering)
          --cluster-id ID       the cluster's id (default "dev")
        """;

    private string? _gateways;
    private string? _clustering;
    private string? _redis;
    private string? _postgres;
    private string? _clusterId;

    /// <summary>Whether the command line named a cluster (gateways, a clustering, a Redis server or
    /// a database); configuration alone never sends a command to a cluster.</summary>
    public bool Given => _gateways is not null || _clustering is not null || _redis is not null || _postgres is not null;

    /// <summary>Takes the option at <paramref name="index"/> and its value if it is one of these
    /// (advancing the index past the value); false for any other argument. An option without its
    /// value throws the exception <paramref name="error"/> makes of the message.</summary>
    public bool TryTake(IReadOnlyList<string> args, ref int index, Func<string, Exception> error)
    {
        if (args[index] is not ("--cluster" or "--clustering" or "--redis" or "--postgres" or "--cluster-id"))
            return false;
        if (index + 1 >= args.Count)
            throw error($"argument expected for the {args[index]} option");
        var value = args[++index];
        switch (args[index - 1])
        {
            case "--cluster": _gateways = value; break;
            case "--clustering": _clustering = value; break;
            case "--redis": _redis = value; break;
            case "--postgres": _postgres = value; break;
            default: _clusterId = value; break;
        }
        return true;
    }

    /// <summary>The cluster the options name, with defaults from <paramref name="configuration"/>
    /// (the environment when null); bad values throw the exception <paramref name="error"/> makes of
    /// a message for the user.</summary>
    public GridAddress Build(Func<string, Exception> error, IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddEnvironmentVariables().Build();
        ClusterMembership membership;
        try
        {
            membership = ClusterMembership.Create(_clustering, _redis, _postgres, _clusterId, configuration);
        }
        catch (ArgumentException e)
        {
            throw error(e.Message);
        }
        IReadOnlyList<System.Net.IPEndPoint> gateways;
        try
        {
            gateways = _gateways is null ? GridAddress.LocalGateway : GridAddress.ParseGateways(_gateways);
        }
        catch (FormatException e)
        {
            throw error("--cluster: " + e.Message);
        }
        return new GridAddress(gateways, membership);
    }
}
