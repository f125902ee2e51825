using System.Collections.Concurrent;
using GilGrid.Grains;
using GilGrid.Grains.Interfaces;
using GilGrid.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Orleans.TestingHost;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>
/// Stopping the silo that hosts an interpreter grain: the next call activates it on the other silo
/// and the recipe (its plugin) comes back. Its own cluster, since it stops a silo.
/// </summary>
public sealed class FailoverTests : IAsyncLifetime
{
    private TestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Stopping_the_hosting_silo_brings_the_grain_back_on_the_other_with_its_plugin()
    {
        var primary = _cluster.Primary!.SiloAddress.ToString();
        var (grain, silo) = await OnSecondarySilo();
        Assert.Equal(new ExecResult("greeter imported\n", "", null), await grain.Install(InterpreterRecipeTests.Greeter));
        await grain.Exec("scratch = 'heap'");

        await _cluster.StopSiloAsync(_cluster.Silos.Single(s => s.SiloAddress.ToString() == silo));
        var after = await grain.Exec("import greeter\nprint(greeter.greet('again'), 'scratch' in globals())");

        Assert.Equal(new ExecResult("greeter imported\nhello again! False\n", "", null), after);
        Assert.Equal(primary, (await grain.Status()).Silo);
    }

    /// <summary>An interpreter grain placed on a silo other than the primary (which the test
    /// cluster's membership needs alive).</summary>
    private async Task<(IInterpreterGrain, string)> OnSecondarySilo()
    {
        var primary = _cluster.Primary!.SiloAddress.ToString();
        for (var i = 0; i < 40; i++)
        {
            var grain = _cluster.GrainFactory.GetGrain<IInterpreterGrain>($"failover-{i}");
            var silo = (await grain.Status()).Silo;
            if (silo != primary) return (grain, silo);
        }
        throw new InvalidOperationException("placement put 40 grains on the primary silo");
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            // Orleans' memory storage keeps state in storage grains, which die with their silo: 50%
            // of the time the recipe would go with the stopped silo. A storage both silos of this
            // process share stands in for a real database.
            // The unnamed IGrainStorage is what [PersistentState] without a storage name resolves.
            siloBuilder.Services.AddSingleton<IGrainStorage>(services => new ProcessWideGrainStorage(services.GetRequiredService<DeepCopier>()));
            siloBuilder.AddGilGridGrains();
        }
    }

    /// <summary>Grain state in a process-wide dictionary, copied in and out like a real store would.</summary>
    private sealed class ProcessWideGrainStorage(DeepCopier copier) : IGrainStorage
    {
        private static readonly ConcurrentDictionary<(string, GrainId), (object State, string ETag)> States = new();

        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            if (States.TryGetValue((stateName, grainId), out var stored))
            {
                grainState.State = copier.Copy((T)stored.State);
                grainState.ETag = stored.ETag;
                grainState.RecordExists = true;
            }
            return Task.CompletedTask;
        }

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            var etag = Guid.NewGuid().ToString("N");
            States[(stateName, grainId)] = (copier.Copy(grainState.State)!, etag);
            grainState.ETag = etag;
            grainState.RecordExists = true;
            return Task.CompletedTask;
        }

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
        {
            States.TryRemove((stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
            return Task.CompletedTask;
        }
    }
}
