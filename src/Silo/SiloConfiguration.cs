using Microsoft.Extensions.Configuration;

namespace GilGrid.Silo;

/// <summary>
/// The configuration the options are read with, before the host exists: which host to build (a
/// web application for the dashboard, or a plain one) depends on the options. The same sources
/// as the host's defaults, for the keys the options read.
/// </summary>
public static class SiloConfiguration
{
    public static IConfiguration Load()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
