using GilGrid.Grains.Execution;
using Microsoft.Extensions.DependencyInjection;

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
        return silo;
    }
}
