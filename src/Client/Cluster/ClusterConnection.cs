using GilGrid.Grains.Interfaces;
using GilGrid.Client.Commands;
using GilGrid.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace GilGrid.Client.Cluster;

/// <summary>A connected Orleans client for one command; disposing disconnects.</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Client = host.Services.GetRequiredService<IClusterClient>();
    }

    public IClusterClient Client { get; }

    /// <summary>
    /// Connects, or fails with one clear line (exit 1) when no gateway answers. Orleans' own logging
    /// goes nowhere unless GILGRID_DEBUG is set (then warnings go to stderr): a command's output is
    /// its own.
    /// </summary>
    public static async Task<ClusterConnection> ConnectAsync(GridAddress address, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        if (Environment.GetEnvironmentVariable("GILGRID_DEBUG") is { Length: > 0 })
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            client.UseGilGridMembership(address.Membership, address.Gateways);
            client.Configure<ConnectionOptions>(options => options.OpenConnectionTimeout = TimeSpan.FromSeconds(3));
            client.UseConnectionRetryFilter((_, _) => Task.FromResult(false));
            // A call that times out also stops its Python code in the grain (Orleans' default is to
            // let it run on for a caller that has gone).
            client.Configure<ClientMessagingOptions>(messaging =>
            {
                messaging.ResponseTimeout = GridCalls.ResponseTimeout;
                messaging.CancelRequestOnTimeout = true;
            });
        });
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new CliErrorException($"cannot reach the cluster at {address}: {e.Message}", 1);
        }
        return new ClusterConnection(host);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}
