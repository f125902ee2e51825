namespace GilGrid.Tests.Conformance;

/// <summary>How a run differs from CPython: a one-line summary (for known_failures.txt) and details.</summary>
public sealed record Mismatch(string Summary, string Details);

/// <summary>What CPython 3.13 did with one program, as recorded by regen.py.</summary>
public sealed record Expectation(string Stdout, string? Stderr, int ExitCode)
{
    public static Expectation Load(string folder, string program)
    {
        var stem = Path.Combine(Corpus.FolderPath(folder), Path.GetFileNameWithoutExtension(program));
        if (!File.Exists(stem + ".out"))
            throw new FileNotFoundException($"no expectation for {folder}/{program}: run tests/conformance/regen.py", stem + ".out");
        var stdout = File.ReadAllText(stem + ".out");
        var stderr = File.Exists(stem + ".err") ? File.ReadAllText(stem + ".err") : null;
        var exit = File.Exists(stem + ".exit") ? int.Parse(File.ReadAllText(stem + ".exit").Trim()) : 0;
        return new Expectation(stdout, stderr, exit);
    }

    /// <summary>Null when the run matches CPython exactly.</summary>
    public Mismatch? Compare(RunResult actual)
    {
        if (actual.TimedOut)
            return new Mismatch("timed out", "timed out; stdout so far:\n" + actual.Stdout);
        var summary = new List<string>();
        var details = new List<string>();
        if (actual.ExitCode != ExitCode)
        {
            summary.Add($"exit {actual.ExitCode} (want {ExitCode})");
            details.Add($"exit code {actual.ExitCode}, expected {ExitCode}");
            // An unexpected failure's stderr is the most useful thing to see.
            if (Stderr is null && actual.Stderr.Length > 0)
            {
                summary.Add(ErrorLine(actual.Stderr));
                details.Add("our stderr:\n" + actual.Stderr);
            }
        }
        if (actual.Stdout != Stdout)
        {
            summary.Add("stdout differs");
            details.Add("stdout differs, " + FirstDifference(Stdout, actual.Stdout));
        }
        // Stderr is recorded (and compared) only for non-zero exits: tracebacks, SyntaxErrors, exit messages.
        if (Stderr is not null && actual.Stderr != Stderr)
        {
            summary.Add("stderr differs");
            details.Add("stderr differs, " + FirstDifference(Stderr, actual.Stderr));
        }
        if (details.Count == 0)
            return null;
        var line = string.Join("; ", summary).Replace('\n', ' ');
        return new Mismatch(line.Length > 160 ? line[..160] : line, string.Join("\n", details));
    }

    /// <summary>The first differing line with a little context, both sides.</summary>
    static string FirstDifference(string expected, string actual)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var i = 0;
        while (i < want.Length && i < got.Length && want[i] == got[i])
            i++;
        var from = Math.Max(0, i - 3);
        string Slice(string[] lines) => string.Join("\n", lines.Skip(from).Take(i - from + 3).Select(l => "  | " + l));
        return $"first difference at line {i + 1}\n expected:\n{Slice(want)}\n actual:\n{Slice(got)}";
    }

    /// <summary>The line naming the error: the last one of a traceback, the first one of a host crash.</summary>
    static string ErrorLine(string stderr)
    {
        var lines = stderr.TrimEnd('\n').Split('\n');
        return stderr.StartsWith(ProgramRunner.HostErrorPrefix, StringComparison.Ordinal) ? lines[0] : lines[^1];
    }
}
