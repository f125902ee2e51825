namespace GilGrid.Bench;

/// <summary>One benchmark program: its source, and CPython's output checked in beside it (if any).</summary>
internal sealed record BenchProgram(string Name, string Path, string Source, string? Expected)
{
    /// <summary>The programs of <paramref name="dir"/> whose name matches any filter (all if none).</summary>
    public static List<BenchProgram> Load(string dir, IReadOnlyList<string> filters)
    {
        var programs = new List<BenchProgram>();
        foreach (var path in Directory.GetFiles(dir, "*.py").Order(StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(path);
            if (filters.Count > 0 && !filters.Any(f => name.Contains(f, StringComparison.OrdinalIgnoreCase)))
                continue;
            programs.Add(FromFile(path));
        }
        return programs;
    }

    public static BenchProgram FromFile(string path)
    {
        var expectedPath = System.IO.Path.ChangeExtension(path, ".expected");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        return new BenchProgram(System.IO.Path.GetFileNameWithoutExtension(path), System.IO.Path.GetFullPath(path), File.ReadAllText(path), expected);
    }

    /// <summary>bench/programs of the checkout this binary was built from, found by walking up.</summary>
    public static string? FindDefaultDir()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "bench", "programs");
                if (Directory.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}

/// <summary>One timed run: elapsed milliseconds and stdout, or why it failed.</summary>
internal sealed record RunResult(double Ms, string Output, string? Error)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Ok => Error == null;
    public static RunResult Failed(string error, string output = "") => new(double.NaN, output, error);
}
