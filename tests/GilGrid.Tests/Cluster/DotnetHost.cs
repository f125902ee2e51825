namespace GilGrid.Tests.Cluster;

/// <summary>The `dotnet` executable running the tests (the SDK tells child processes where it is),
/// used to start the built silo and client programs.</summary>
public static class DotnetHost
{
    public static string Path { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path)
            ? path
            : "dotnet";
}
