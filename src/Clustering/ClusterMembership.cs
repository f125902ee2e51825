using Microsoft.Extensions.Configuration;
using Npgsql;
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

    /// <summary>A PostgreSQL database holds the table (Orleans' ADO.NET clustering), with the
    /// same guarantees as Redis.</summary>
    Postgres,
}

/// <summary>
/// How one GilGrid cluster is found: the membership provider, the Redis server or PostgreSQL
/// database when there is one, and the cluster and service ids. Silos and clients build it from the
/// same options (`--clustering dev|redis|postgres`, `--redis CONFIG`, `--postgres CONNECTION`,
/// `--cluster-id ID`) or configuration keys (`GilGrid:Clustering`, `GilGrid:Redis`,
/// `GilGrid:Postgres`, `GilGrid:ClusterId`; as environment variables `GilGrid__Clustering` and so
/// on), and apply it with <see cref="MembershipBuilderExtensions"/>.
/// </summary>
public sealed record ClusterMembership
{
    public const string DefaultClusterId = "dev";
    public const string DefaultServiceId = "gilgrid";
    public const string ConfigurationSection = "GilGrid";

    private ClusterMembership(MembershipProvider provider, string? redis, string? postgres, string clusterId)
    {
        Provider = provider;
        Redis = redis;
        Postgres = postgres;
        ClusterId = clusterId;
    }

    public MembershipProvider Provider { get; }

    /// <summary>The StackExchange.Redis configuration string (e.g. "127.0.0.1:6379"); null for
    /// other clusterings.</summary>
    public string? Redis { get; }

    /// <summary>The Npgsql connection string ("Host=...;Username=...;Database=..."); null for
    /// other clusterings.</summary>
    public string? Postgres { get; }

    public string ClusterId { get; }

    /// <summary>Every GilGrid host and client uses the same service id, so only the cluster id
    /// tells clusters apart.</summary>
    public string ServiceId => DefaultServiceId;

    public static ClusterMembership Development { get; } = new(MembershipProvider.Development, null, null, DefaultClusterId);

    /// <summary>
    /// Builds the choice from option values, each null when not given. A Redis server alone
    /// selects Redis clustering, a PostgreSQL connection string alone PostgreSQL clustering. Bad
    /// combinations throw <see cref="ArgumentException"/> with a message for the user.
    /// </summary>
    public static ClusterMembership Create(string? clustering, string? redis, string? postgres, string? clusterId)
    {
        var provider = clustering is not null ? ParseProvider(clustering)
            : redis is not null && postgres is not null
                ? throw new ArgumentException("--redis and --postgres name two different clusterings: give one")
            : redis is not null ? MembershipProvider.Redis
            : postgres is not null ? MembershipProvider.Postgres
            : MembershipProvider.Development;
        clusterId ??= DefaultClusterId;
        if (clusterId.Length == 0)
            throw new ArgumentException("the cluster id is empty");
        if (redis is not null && provider != MembershipProvider.Redis)
            throw new ArgumentException("--redis is only for redis clustering");
        if (postgres is not null && provider != MembershipProvider.Postgres)
            throw new ArgumentException("--postgres is only for postgres clustering");
        switch (provider)
        {
            case MembershipProvider.Redis when redis is null:
                throw new ArgumentException("redis clustering needs a server: --redis HOST:PORT");
            case MembershipProvider.Redis:
                ValidateRedis(redis);
                break;
            case MembershipProvider.Postgres when postgres is null:
                throw new ArgumentException("postgres clustering needs a database: --postgres \"Host=...;Username=...;Database=...\"");
            case MembershipProvider.Postgres:
                ValidatePostgres(postgres);
                break;
        }
        return new ClusterMembership(provider, redis, postgres, clusterId);
    }

    /// <summary>
    /// Builds the choice from the command line's values with defaults from configuration (section
    /// <see cref="ConfigurationSection"/>). A command-line value wins over configuration's. A
    /// command-line clustering keeps configuration's server or database only when it is that
    /// clustering's (an explicit `--clustering dev` ignores a configured Redis server), and a
    /// command-line server or database, given without a clustering, replaces configuration's
    /// clustering and its server or database.
    /// </summary>
    public static ClusterMembership Create(string? clustering, string? redis, string? postgres, string? clusterId,
        IConfiguration? configuration)
    {
        if (configuration is null)
            return Create(clustering, redis, postgres, clusterId);
        var section = configuration.GetSection(ConfigurationSection);
        string? configuredClustering = Blank(section["Clustering"]), configuredRedis = Blank(section["Redis"]),
            configuredPostgres = Blank(section["Postgres"]);
        if (clustering is not null)
        {
            var provider = ParseProvider(clustering);
            if (provider != MembershipProvider.Redis)
                configuredRedis = null;
            if (provider != MembershipProvider.Postgres)
                configuredPostgres = null;
        }
        else if (redis is not null || postgres is not null)
        {
            configuredClustering = configuredRedis = configuredPostgres = null;
        }
        return Create(clustering ?? configuredClustering, redis ?? configuredRedis, postgres ?? configuredPostgres,
            clusterId ?? Blank(section["ClusterId"]));
    }

    /// <summary>Where the member list is, for messages: the Redis server, or the PostgreSQL host,
    /// port and database (never the password).</summary>
    public string Location => Provider switch
    {
        MembershipProvider.Redis => $"redis {Redis}",
        MembershipProvider.Postgres => $"postgres {PostgresLocation(Postgres!)}",
        _ => "development clustering",
    };

    public override string ToString() => Provider == MembershipProvider.Development
        ? $"development clustering, cluster '{ClusterId}'"
        : $"{Location}, cluster '{ClusterId}'";

    private static MembershipProvider ParseProvider(string name) => name.ToLowerInvariant() switch
    {
        "dev" or "development" or "localhost" => MembershipProvider.Development,
        "redis" => MembershipProvider.Redis,
        "postgres" or "postgresql" => MembershipProvider.Postgres,
        _ => throw new ArgumentException($"unknown clustering '{name}' (expected dev, redis or postgres)"),
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

    private static void ValidatePostgres(string postgres)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(postgres);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"--postgres: {e.Message}");
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new ArgumentException("--postgres: no Host in the connection string");
    }

    private static string PostgresLocation(string postgres)
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres);
        return $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
