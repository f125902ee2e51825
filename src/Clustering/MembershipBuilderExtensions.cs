using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using StackExchange.Redis;

namespace GilGrid.Clustering;

/// <summary>Where a silo listens: its silo-to-silo and gateway ports, the address it gives the
/// cluster, and (development clustering only) the first silo's port to join.</summary>
public sealed record SiloEndpoints(IPAddress Address, int SiloPort, int GatewayPort, IPEndPoint? PrimarySilo);

/// <summary>Applies a <see cref="ClusterMembership"/> to a silo or to a client, so both sides of
/// one cluster are configured by the same code.</summary>
public static class MembershipBuilderExtensions
{
    public static ISiloBuilder UseGilGridMembership(this ISiloBuilder silo, ClusterMembership membership,
        SiloEndpoints endpoints)
    {
        if (membership.Provider == MembershipProvider.Development)
        {
            return silo.UseLocalhostClustering(endpoints.SiloPort, endpoints.GatewayPort, endpoints.PrimarySilo,
                membership.ServiceId, membership.ClusterId);
        }
        // A loopback address is listened on as it is; any other address is the one advertised to
        // the cluster while the silo listens on every interface (the usual multi-machine setup).
        silo.ConfigureEndpoints(endpoints.Address, endpoints.SiloPort, endpoints.GatewayPort,
            listenOnAnyHostAddress: !IPAddress.IsLoopback(endpoints.Address));
        if (membership.Provider == MembershipProvider.Redis)
        {
            silo.UseRedisClustering(options => options.ConfigurationOptions = RedisOptions(membership));
        }
        else
        {
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
                new PostgresSchemaInstaller(membership, services.GetRequiredService<ILogger<PostgresSchemaInstaller>>()));
            silo.UseAdoNetClustering(options =>
            {
                options.Invariant = NpgsqlInvariant;
                options.ConnectionString = PostgresConnectionString(membership);
            });
        }
        return silo.Configure<ClusterOptions>(options => Ids(options, membership));
    }

    /// <summary>
    /// Development clustering: the client connects to <paramref name="gateways"/> (any live one
    /// will do). Redis and PostgreSQL clustering: it reads the live gateways from the member list
    /// and ignores the list given.
    /// </summary>
    public static IClientBuilder UseGilGridMembership(this IClientBuilder client, ClusterMembership membership,
        IReadOnlyList<IPEndPoint> gateways)
    {
        switch (membership.Provider)
        {
            case MembershipProvider.Development:
                client.UseStaticClustering([.. gateways]);
                break;
            case MembershipProvider.Redis:
                client.UseRedisClustering(options => options.ConfigurationOptions = RedisOptions(membership));
                break;
            default:
                client.UseAdoNetClustering(options =>
                {
                    options.Invariant = NpgsqlInvariant;
                    options.ConnectionString = PostgresConnectionString(membership);
                });
                break;
        }
        return client.Configure<ClusterOptions>(options => Ids(options, membership));
    }

    /// <summary>The name under which Orleans' ADO.NET providers load Npgsql's factory.</summary>
    private const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// The connection string of PostgreSQL clustering, with the session time zone set to UTC
    /// unless the user chose one: the member list's times are UTC, and a time passed without a
    /// zone is then read as UTC too, whatever the server's own zone is.
    /// </summary>
    public static string PostgresConnectionString(ClusterMembership membership)
    {
        var builder = new NpgsqlConnectionStringBuilder(membership.Postgres
            ?? throw new InvalidOperationException("postgres clustering without a database"));
        builder.Timezone ??= "UTC";
        return builder.ConnectionString;
    }

    private static ConfigurationOptions RedisOptions(ClusterMembership membership) =>
        ConfigurationOptions.Parse(membership.Redis
            ?? throw new InvalidOperationException("redis clustering without a server"));

    private static void Ids(ClusterOptions options, ClusterMembership membership)
    {
        options.ClusterId = membership.ClusterId;
        options.ServiceId = membership.ServiceId;
    }
}
