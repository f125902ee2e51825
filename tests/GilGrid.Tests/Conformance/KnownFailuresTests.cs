using Xunit;

namespace GilGrid.Tests.Conformance;

/// <summary>Keeps known_failures.txt honest, or rewrites it when GILGRID_UPDATE_KNOWN_FAILURES=1.</summary>
public class KnownFailuresTests
{
    [Fact]
    public void KnownFailuresAreStillFailing()
    {
        var listed = KnownFailures.Load();
        if (Environment.GetEnvironmentVariable(KnownFailures.UpdateVariable) == "1")
        {
            Rewrite(listed);
            return;
        }
        var stale = new List<string>();
        foreach (var (id, reason) in listed.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var (folder, program) = ConformanceCheck.Split(id);
            if (!File.Exists(Path.Combine(Corpus.FolderPath(folder), program)))
                stale.Add(id + " (no such program)");
            else if (!KnownFailures.IsCrash(reason)
                     && Expectation.Load(folder, program).Compare(ProgramRunner.Run(folder, program)) is null)
                stale.Add(id + " (passes now)");
        }
        Assert.True(stale.Count == 0,
            "remove from tests/conformance/known_failures.txt (or rerun with " + KnownFailures.UpdateVariable + "=1):\n"
            + string.Join("\n", stale));
    }

    /// <summary>
    /// Runs every program of every corpus except those marked CRASH (kept as they are) and lists the
    /// failing ones, each with the summary of its current difference.
    /// </summary>
    static void Rewrite(Dictionary<string, string> listed)
    {
        var failing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Corpus.Folders())
        {
            foreach (var program in Corpus.Programs(folder))
            {
                var id = folder + "/" + program;
                if (listed.TryGetValue(id, out var known) && KnownFailures.IsCrash(known))
                {
                    failing[id] = known;
                    continue;
                }
                var mismatch = Expectation.Load(folder, program).Compare(ProgramRunner.Run(folder, program));
                if (mismatch is not null)
                    failing[id] = mismatch.Summary;
            }
        }
        KnownFailures.Save(failing);
    }
}
