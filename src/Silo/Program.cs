using GilGrid.Clustering;
using GilGrid.Grains;
using GilGrid.Silo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ClusterMembershipOptions = Orleans.Configuration.ClusterMembershipOptions;

// A GilGrid silo: in-memory grain storage, and either Orleans' localhost development clustering
// (run more silos on one machine with distinct ports and --primary-port pointing at the first
// one's silo port) or Redis clustering (silos find each other in Redis; any of them can die).
var builder = Host.CreateApplicationBuilder();
SiloOptions? options;
try
{
    options = SiloOptions.Parse(args, builder.Configuration);
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

builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
});
// Orleans logs every option at start-up, and its placement pipeline every placement, at
// Information; keep their warnings and our own lines.
builder.Logging.AddFilter("Orleans", LogLevel.Warning);
builder.Logging.AddFilter("Polly", LogLevel.Warning);
builder.Logging.AddFilter("StackExchange", LogLevel.Warning);
builder.Services.Configure<ClusterMembershipOptions>(
    builder.Configuration.GetSection($"{ClusterMembership.ConfigurationSection}:Membership"));
builder.UseOrleans(silo =>
{
    silo.UseGilGridMembership(options.Membership, options.Endpoints);
    silo.AddMemoryGrainStorageAsDefault();
    silo.AddGilGridGrains();
});
builder.Services.AddHostedService<MembershipLog>();

using var host = builder.Build();
var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GilGrid.Silo");
try
{
    await host.StartAsync();
}
catch (Exception e) when (options.Membership.Provider == MembershipProvider.Redis && e is StackExchange.Redis.RedisConnectionException)
{
    log.LogError("Cannot reach Redis at {Redis}: {Message}", options.Membership.Redis, e.Message);
    return 1;
}
log.LogInformation("GilGrid silo up: {Membership}, silo port {SiloPort}, gateway port {GatewayPort}. Ctrl-C stops it.",
    options.Membership, options.SiloPort, options.GatewayPort);
await host.WaitForShutdownAsync();
log.LogInformation("GilGrid silo stopped.");
return 0;
