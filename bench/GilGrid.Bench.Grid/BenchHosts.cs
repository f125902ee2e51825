using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GilGrid.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GilGrid.Bench.Grid;

/// <summary>A silo and the grain factory the benchmarks call it through; disposing stops both.</summary>
public sealed class BenchCluster(IHost host, IGrainFactory grains, Process? siloProcess) : IAsyncDisposable
{
    public IGrainFactory Grains { get; } = grains;

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync(TimeSpan.FromSeconds(10));
        host.Dispose();
        if (siloProcess is not null)
        {
            // The child silo stops when its standard input closes; kill it if it does not.
            siloProcess.StandardInput.Close();
            if (!siloProcess.WaitForExit(15_000))
                siloProcess.Kill(entireProcessTree: true);
            siloProcess.Dispose();
        }
    }
}

/// <summary>Starts the two set-ups measured: a silo with the client inside its process
/// (co-hosted), and a silo in a child process reached over TCP (external).</summary>
public static class BenchHosts
{
    private const string ClusterId = "bench";
    private const string ServiceId = "gilgrid-bench";

    public static async Task<BenchCluster> StartCoHostedAsync()
    {
        var host = SiloHost(FreePort(), FreePort());
        await host.StartAsync();
        return new BenchCluster(host, host.Services.GetRequiredService<IGrainFactory>(), null);
    }

    public static async Task<BenchCluster> StartExternalAsync()
    {
        var siloPort = FreePort();
        var gatewayPort = FreePort();
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(BenchHosts).Assembly.Location);
        foreach (var arg in new[] { "--silo", siloPort.ToString(), gatewayPort.ToString() })
            start.ArgumentList.Add(arg);
        var silo = Process.Start(start) ?? throw new InvalidOperationException("the silo process did not start");
        if (await silo.StandardOutput.ReadLineAsync() != "ready")
            throw new InvalidOperationException("the silo process did not start");

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, ServiceId, ClusterId));
        var host = builder.Build();
        await host.StartAsync();
        return new BenchCluster(host, host.Services.GetRequiredService<IClusterClient>(), silo);
    }

    /// <summary>The child process's side of <see cref="StartExternalAsync"/>: a silo until standard
    /// input closes.</summary>
    public static async Task RunSiloUntilStdinClosesAsync(int siloPort, int gatewayPort)
    {
        using var host = SiloHost(siloPort, gatewayPort);
        await host.StartAsync();
        Console.WriteLine("ready");
        await Console.In.ReadToEndAsync();
        await host.StopAsync(TimeSpan.FromSeconds(10));
    }

    private static IHost SiloHost(int siloPort, int gatewayPort)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole().AddFilter(level => level >= LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: ServiceId, clusterId: ClusterId);
            silo.AddMemoryGrainStorageAsDefault();
            silo.AddGilGridGrains();
        });
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
