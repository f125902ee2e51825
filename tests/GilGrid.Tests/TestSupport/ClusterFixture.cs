using Xunit;
using GilGrid.Grains;
using Orleans.TestingHost;

namespace GilGrid.Tests.TestSupport;

/// <summary>
/// A 2-silo in-process Orleans cluster shared by every test in <see cref="ClusterCollection"/>
/// (deploying one costs a few seconds). Silos are configured like the development silo.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>`gilgrid` options that point it at this cluster's first gateway.</summary>
    public string[] CliClusterArgs =>
        ["--cluster", $"127.0.0.1:{Cluster.Primary!.GatewayAddress!.Endpoint.Port}", "--cluster-id", Cluster.Options.ClusterId];

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(initialSilosCount: 2);
        // The service id the gilgrid command line connects with (the cluster id is passed to it).
        builder.Options.ServiceId = "gilgrid";
        // Real sockets (the default is an in-memory transport), so that separate processes such as
        // the gilgrid command line can connect to the gateways.
        builder.Options.ConnectionTransport = ConnectionTransportType.TcpSocket;
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.AddMemoryGrainStorageAsDefault();
            siloBuilder.AddGilGridGrains();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
