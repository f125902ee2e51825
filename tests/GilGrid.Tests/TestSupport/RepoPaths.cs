namespace GilGrid.Tests.TestSupport;

/// <summary>Where things are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test output holding GilGrid.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GilGrid.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"GilGrid.sln not found above {AppContext.BaseDirectory}");
    }
}
