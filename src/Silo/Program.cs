using GilGrid.Grains;
using GilGrid.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// The development silo: one process on localhost, in-memory grain storage. Run more of them on one
// machine with distinct ports and --primary-port pointing at the first one's silo port.
SiloOptions? options;
try
{
    options = SiloOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"silo: {e.Message}\nTry '--help' for the options.");
    return 2;
}
if (options is null)
{
    Console.Write(SiloOptions.Help);
    return 0;
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
});
// Orleans logs every option at start-up, and its placement pipeline every placement, at
// Information; keep their warnings and our own lines.
builder.Logging.AddFilter("Orleans", LogLevel.Warning);
builder.Logging.AddFilter("Polly", LogLevel.Warning);
builder.UseOrleans(silo =>
{
    silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, options.PrimarySiloEndpoint,
        serviceId: "gilgrid", clusterId: options.ClusterId);
    silo.AddMemoryGrainStorageAsDefault();
    silo.AddGilGridGrains();
});

using var host = builder.Build();
var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GilGrid.Silo");
await host.StartAsync();
log.LogInformation("GilGrid silo up: cluster '{Cluster}', silo port {SiloPort}, gateway port {GatewayPort}. Ctrl-C stops it.",
    options.ClusterId, options.SiloPort, options.GatewayPort);
await host.WaitForShutdownAsync();
log.LogInformation("GilGrid silo stopped.");
return 0;
