using GilGrid.Tests.TestSupport;

namespace GilGrid.Tests.Cluster;

/// <summary>
/// The built silo program. The test project does not reference src/Silo (an executable), so its
/// dll is taken from src/Silo's own output for the configuration the tests were built in
/// (`dotnet test GilGrid.sln` builds both).
/// </summary>
public static class SiloBuild
{
    /// <summary>GilGrid.Silo.dll, or null when src/Silo has not been built in this configuration.</summary>
    public static string? Dll
    {
        get
        {
            // The test assembly sits in tests/GilGrid.Tests/bin/CONFIGURATION/TARGET/.
            var target = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = target.Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "src", "Silo", "bin", configuration, target.Name, "GilGrid.Silo.dll");
            return File.Exists(dll) ? dll : null;
        }
    }

    /// <summary>GilGrid.Silo.dll, or a test failure saying how to get it.</summary>
    public static string RequireDll() =>
        Dll ?? throw new InvalidOperationException(
            "src/Silo is not built for this configuration: run `dotnet build GilGrid.sln` (or `dotnet test GilGrid.sln`)");
}
