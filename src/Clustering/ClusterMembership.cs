using Microsoft.Extensions.Configuration;
using StackExchange.Redis;

namespace GilGrid.Clustering;

/// <summary>Where silos keep the list of who is in the cluster (and clients find gateways).</summary>
public enum MembershipProvider
{
    /// <summary>
    /// Orleans' localhost development clustering: the first silo holds the membership table in
    /// memory, so the cluster lives only as long as that silo does.
    /// </summary>
    Development,

    /// <summary>A Redis server holds the table: any silo can die and the others carry on.</summary>
    Redis,
}

/// <summary>
/// How one GilGrid cluster is found: the membership provider, the Redis server when there is one,
/// and the cluster and service ids. Silos and clients build it from the same options
/// (`--clustering dev|redis`, `--redis CONFIG`, `--cluster-id ID`) or configuration keys
/// (`GilGrid:Clustering`, `GilGrid:Redis`, `GilGrid:ClusterId`; as environment variables
/// `GilGrid__Clustering` and so on), and apply it with <see cref="MembershipBuilderExtensions"/>.
/// </summary>
public sealed record ClusterMembership
{
    public const string DefaultClusterId = "dev";
    public const string DefaultServiceId = "gilgrid";
    public const string ConfigurationSection = "GilGrid";

    private ClusterMembership(MembershipProvider provider, string? redis, string clusterId)
    {
        Provider = provider;
        Redis = redis;
        ClusterId = clusterId;
    }

    public MembershipProvider Provider { get; }

    /// <summary>The StackExchange.Redis configuration string (e.g. "127.0.0.1:6379"); null for
    /// development clustering.</summary>
    public string? Redis { get; }

    public string ClusterId { get; }

    /// <summary>Every GilGrid host and client uses the same service id, so only the cluster id
    /// tells clusters apart.</summary>
    public string ServiceId => DefaultServiceId;

    public static ClusterMembership Development { get; } = new(MembershipProvider.Development, null, DefaultClusterId);

    /// <summary>
    /// Builds the choice from option values, each null when not given. A Redis server alone
    /// selects Redis clustering. Bad combinations throw <see cref="ArgumentException"/> with a
    /// message for the user.
    /// </summary>
    public static ClusterMembership Create(string? clustering, string? redis, string? clusterId)
    {
        var provider = clustering is null
            ? redis is null ? MembershipProvider.Development : MembershipProvider.Redis
            : ParseProvider(clustering);
        clusterId ??= DefaultClusterId;
        if (clusterId.Length == 0)
            throw new ArgumentException("the cluster id is empty");
        switch (provider)
        {
            case MembershipProvider.Redis when redis is null:
                throw new ArgumentException("redis clustering needs a server: --redis HOST:PORT");
            case MembershipProvider.Redis:
                ValidateRedis(redis);
                return new ClusterMembership(provider, redis, clusterId);
            default:
                if (redis is not null)
                    throw new ArgumentException("--redis is only for redis clustering");
                return new ClusterMembership(provider, null, clusterId);
        }
    }

    /// <summary>The values configuration gives (section <see cref="ConfigurationSection"/>), for
    /// options the command line did not set.</summary>
    public static (string? Clustering, string? Redis, string? ClusterId) FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(ConfigurationSection);
        return (Blank(section["Clustering"]), Blank(section["Redis"]), Blank(section["ClusterId"]));
    }

    public override string ToString() => Provider == MembershipProvider.Redis
        ? $"redis clustering at {Redis}, cluster '{ClusterId}'"
        : $"development clustering, cluster '{ClusterId}'";

    private static MembershipProvider ParseProvider(string name) => name.ToLowerInvariant() switch
    {
        "dev" or "development" or "localhost" => MembershipProvider.Development,
        "redis" => MembershipProvider.Redis,
        _ => throw new ArgumentException($"unknown clustering '{name}' (expected dev or redis)"),
    };

    private static void ValidateRedis(string redis)
    {
        try
        {
            if (ConfigurationOptions.Parse(redis).EndPoints.Count == 0)
                throw new ArgumentException($"--redis: no server in '{redis}'");
        }
        catch (Exception e) when (e is not ArgumentException)
        {
            throw new ArgumentException($"--redis: {e.Message}");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
