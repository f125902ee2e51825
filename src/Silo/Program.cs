using GilGrid.Clustering;
using GilGrid.Grains;
using GilGrid.Silo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Dashboard;
using ClusterMembershipOptions = Orleans.Configuration.ClusterMembershipOptions;

// A GilGrid silo: in-memory grain storage, and either Orleans' localhost development clustering
// (run more silos on one machine with distinct ports and --primary-port pointing at the first
// one's silo port) or Redis or PostgreSQL clustering (silos find each other there; any of them can
// die). With --dashboard it is also a small web application serving Orleans' dashboard.
SiloOptions? options;
try
{
    options = SiloOptions.Parse(args, SiloConfiguration.Load());
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

// ASP.NET Core only when the dashboard is asked for: the plain silo starts without a web server.
IHostApplicationBuilder builder = options.DashboardPort is null
    ? Host.CreateApplicationBuilder()
    : WebApplication.CreateBuilder();
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
builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
builder.Services.Configure<ClusterMembershipOptions>(
    builder.Configuration.GetSection($"{ClusterMembership.ConfigurationSection}:Membership"));
builder.UseOrleans(silo =>
{
    silo.UseGilGridMembership(options.Membership, options.Endpoints);
    silo.AddMemoryGrainStorageAsDefault();
    silo.AddGilGridGrains();
    if (options.DashboardPort is not null)
        silo.AddDashboard();
});
builder.Services.AddHostedService<MembershipLog>();

using var host = BuildHost(builder, options.DashboardPort);
var log = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("GilGrid.Silo");
try
{
    await host.StartAsync();
}
catch (Exception e) when (StartFailure(e, options.Membership) is { } reason)
{
    log.LogError("Cannot reach {Location}: {Message}", options.Membership.Location, reason);
    return 1;
}
log.LogInformation("GilGrid silo up: {Membership}, silo port {SiloPort}, gateway port {GatewayPort}. Ctrl-C stops it.",
    options.Membership, options.SiloPort, options.GatewayPort);
if (options.DashboardPort is { } dashboardPort)
    log.LogInformation("Dashboard on http://127.0.0.1:{Port}/", dashboardPort);
await host.WaitForShutdownAsync();
log.LogInformation("GilGrid silo stopped.");
return 0;

static IHost BuildHost(IHostApplicationBuilder builder, int? dashboardPort)
{
    if (builder is HostApplicationBuilder plain)
        return plain.Build();
    var web = (WebApplicationBuilder)builder;
    // Loopback only: the dashboard has no authentication.
    web.WebHost.UseUrls($"http://127.0.0.1:{dashboardPort}");
    var app = web.Build();
    app.MapOrleansDashboard();
    return app;
}

// The message for a membership store that cannot be reached (a user's mistake, told in one line);
// null for anything else, which keeps its stack trace.
static string? StartFailure(Exception e, ClusterMembership membership) => (membership.Provider, e) switch
{
    (MembershipProvider.Redis, StackExchange.Redis.RedisConnectionException) => e.Message,
    (MembershipProvider.Postgres, Npgsql.NpgsqlException or System.Net.Sockets.SocketException) => e.Message,
    _ => null,
};
