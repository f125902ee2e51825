using System.Net;
using Microsoft.Extensions.Hosting;
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
        silo.UseRedisClustering(options => options.ConfigurationOptions = RedisOptions(membership));
        return silo.Configure<ClusterOptions>(options => Ids(options, membership));
    }

    /// <summary>
    /// Development clustering: the client connects to <paramref name="gateways"/> (any live one
    /// will do). Redis clustering: it reads the live gateways from Redis and ignores the list.
    /// </summary>
    public static IClientBuilder UseGilGridMembership(this IClientBuilder client, ClusterMembership membership,
        IReadOnlyList<IPEndPoint> gateways)
    {
        if (membership.Provider == MembershipProvider.Development)
            client.UseStaticClustering([.. gateways]);
        else
            client.UseRedisClustering(options => options.ConfigurationOptions = RedisOptions(membership));
        return client.Configure<ClusterOptions>(options => Ids(options, membership));
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
