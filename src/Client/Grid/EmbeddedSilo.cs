using System.Net;
using System.Net.Sockets;
using GilGrid.Client.Cluster;
using GilGrid.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace GilGrid.Client.Grid;

/// <summary>
/// A one-silo cluster inside this process, for `gilgrid map --backend embedded`: the same grains and
/// calls as a real cluster (placement, serialization inside the silo, Python on the silo's
/// execution threads), without running a silo. It listens on loopback only, on a free port, has no
/// client gateway (its client is co-hosted) and a cluster id of its own, so runs never meet.
/// </summary>
public static class EmbeddedSilo
{
    /// <summary>Starts the silo; the grid's disposal stops it.</summary>
    public static async Task<IGrid> StartAsync(CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("GILGRID_DEBUG") is { Length: > 0 })
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: 0, serviceId: "gilgrid",
                clusterId: "embedded-" + Guid.NewGuid().ToString("N"));
            silo.AddGilGridGrains();
            silo.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = ClusterConnection.CallTimeout);
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch
        {
            host.Dispose();
            throw;
        }
        return new ClusterGrid(host.Services.GetRequiredService<IGrainFactory>(), "embedded", new HostLifetime(host));
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class HostLifetime(IHost host) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await host.StopAsync(TimeSpan.FromSeconds(5));
            }
            finally
            {
                host.Dispose();
            }
        }
    }
}
