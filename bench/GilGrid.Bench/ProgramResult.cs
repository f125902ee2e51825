namespace GilGrid.Bench;

/// <summary>All runs of one program by both implementations, and what they add up to.</summary>
internal sealed class ProgramResult(BenchProgram program)
{
    public BenchProgram Program { get; } = program;
    public List<RunResult> Ours { get; } = [];
    public List<RunResult> CPython { get; } = [];

    /// <summary>Why ours failed (first failing run), or null.</summary>
    public string? OursError => Ours.FirstOrDefault(r => !r.Ok)?.Error;
    public string? CPythonError => CPython.FirstOrDefault(r => !r.Ok)?.Error;

    public double? OursBestMs => Best(Ours);
    public double? CPythonBestMs => Best(CPython);

    public double? Ratio => OursBestMs is { } ours && CPythonBestMs is { } cpython && cpython > 0 ? ours / cpython : null;

    /// <summary>What ours is checked against: this session's CPython output, else the checked-in one.</summary>
    public string? Reference => CPython.FirstOrDefault(r => r.Ok)?.Output ?? Program.Expected;

    /// <summary>True or false once ours ran and there is a reference; null when nothing to compare.</summary>
    public bool? Agree
    {
        get
        {
            var ours = Ours.FirstOrDefault();
            var reference = Reference;
            if (ours == null || reference == null) return null;
            if (!ours.Ok) return null;
            return Normalise(ours.Output) == Normalise(reference);
        }
    }

    /// <summary>The first differing line, for the table's note column.</summary>
    public string? FirstDifference()
    {
        var ours = Ours.FirstOrDefault();
        if (ours is not { Ok: true } || Reference is not { } reference) return null;
        var a = Normalise(ours.Output).Split('\n');
        var b = Normalise(reference).Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "<missing>";
            var y = i < b.Length ? b[i] : "<missing>";
            if (x != y) return $"line {i + 1}: ours {Clip(x)} vs {Clip(y)}";
        }
        return null;
    }

    /// <summary>CPython disagreeing with the checked-in expectation means bench/update-expected.sh is due.</summary>
    public bool ExpectedIsStale =>
        Program.Expected != null && CPython.FirstOrDefault(r => r.Ok) is { } run && Normalise(run.Output) != Normalise(Program.Expected);

    static double? Best(List<RunResult> runs) =>
        runs.Count > 0 && runs.All(r => r.Ok) ? runs.Min(r => r.Ms) : null;

    static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');

    static string Clip(string line) => line.Length > 40 ? $"'{line[..37]}...'" : $"'{line}'";
}
