using Xunit;

namespace GilGrid.Tests.Conformance;

/// <summary>
/// The conformance corpora on disk: tests/conformance/&lt;folder&gt;/*.py with their expectations
/// (NAME.out, and NAME.err + NAME.exit when CPython exited non-zero), produced by regen.py.
/// Only top-level files are programs; sub-folders hold helper modules the programs import.
/// </summary>
public static class Corpus
{
    /// <summary>Stands for the corpus folder's absolute path inside expected stderr (see regen.py).</summary>
    public const string Placeholder = "<CORPUS>";

    static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>tests/conformance, found by walking up from the test assembly's folder.</summary>
    public static string Root => RootPath.Value;

    public static string FolderPath(string folder) => Path.Combine(Root, folder);

    /// <summary>Every corpus folder (language, datamodel, ...): the sub-folders of tests/conformance.</summary>
    public static IReadOnlyList<string> Folders() =>
        Directory.GetDirectories(Root)
            .Select(Path.GetFileName)
            .Where(n => n is not null && !n.StartsWith('.') && !n.StartsWith('_'))
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The program file names (NAME.py) of one corpus folder, in ordinal order.</summary>
    public static IReadOnlyList<string> Programs(string folder) =>
        Directory.GetFiles(FolderPath(folder), "*.py")
            .Select(p => Path.GetFileName(p))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Theory rows "folder/NAME.py" of one folder, with or without the known failures.</summary>
    public static TheoryData<string> Cases(string folder, bool knownFailures)
    {
        var known = KnownFailures.Load();
        var data = new TheoryData<string>();
        foreach (var program in Programs(folder))
        {
            var id = folder + "/" + program;
            if (known.ContainsKey(id) == knownFailures)
                data.Add(id);
        }
        return data;
    }

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "conformance");
            if (File.Exists(Path.Combine(candidate, "regen.py")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/conformance not found above " + AppContext.BaseDirectory);
    }
}
