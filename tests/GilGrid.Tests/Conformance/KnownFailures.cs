namespace GilGrid.Tests.Conformance;

/// <summary>
/// tests/conformance/known_failures.txt: programs that do not pass yet, one "folder/NAME.py" per
/// line with an optional "# reason". Blank lines and lines starting with '#' are comments.
/// </summary>
public static class KnownFailures
{
    public const string UpdateVariable = "GILGRID_UPDATE_KNOWN_FAILURES";

    /// <summary>
    /// A reason starting with this marks a program that crashes the test process (a .NET stack
    /// overflow cannot be caught): it is skipped everywhere, never run, until the marker is removed.
    /// </summary>
    public const string CrashMarker = "CRASH";

    public static bool IsCrash(string reason) => reason.StartsWith(CrashMarker, StringComparison.Ordinal);

    public static string FilePath => Path.Combine(Corpus.Root, "known_failures.txt");

    /// <summary>Listed program id → reason (empty when none was given).</summary>
    public static Dictionary<string, string> Load()
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(FilePath))
            return entries;
        foreach (var raw in File.ReadAllLines(FilePath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var hash = line.IndexOf('#');
            var id = (hash < 0 ? line : line[..hash]).Trim();
            entries[id] = hash < 0 ? "" : line[(hash + 1)..].Trim();
        }
        return entries;
    }

    public static void Save(IReadOnlyDictionary<string, string> entries)
    {
        var lines = new List<string>
        {
            "# Conformance programs that do not pass yet: folder/NAME.py  # reason",
            "# Listed programs are skipped by the conformance theories; KnownFailuresAreStillFailing fails",
            "# when one of them passes. Rewrite from current results: GILGRID_UPDATE_KNOWN_FAILURES=1",
            "# dotnet test tests/GilGrid.Tests --filter KnownFailures (see README.md).",
            "# A reason starting with CRASH marks a program that kills the test process: it is never run.",
        };
        foreach (var (id, reason) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            lines.Add(reason.Length == 0 ? id : $"{id}  # {reason}");
        File.WriteAllText(FilePath, string.Join("\n", lines) + "\n");
    }
}
