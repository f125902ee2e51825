using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace GilGrid.Grains;

/// <summary>Registration of what GilGrid's grains need in a silo (the development silo, tests and
/// any host that serves them call this).</summary>
public static class SiloBuilderExtensions
{
    public static ISiloBuilder AddGilGridGrains(this ISiloBuilder silo,
        Action<PythonThreadPoolOptions>? configureThreads = null)
    {
        var options = silo.Services.AddOptions<PythonThreadPoolOptions>();
        if (configureThreads is not null)
            options.Configure(configureThreads);
        silo.Services.AddSingleton<PythonThreadPool>();
        // A call that times out also cancels its token in the grain, so queued or running Python
        // work stops instead of running for a caller that has gone (Orleans' default is false).
        // The timeout covers grain-to-grain calls, `gilgrid` calls from Python included; clients
        // set the same two options on ClientMessagingOptions.
        silo.Configure<SiloMessagingOptions>(messaging =>
        {
            messaging.CancelRequestOnTimeout = true;
            messaging.ResponseTimeout = GridCalls.ResponseTimeout;
        });
        return silo;
    }
}
