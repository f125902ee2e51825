using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GilGrid.Bench;

/// <summary>Prints the results as a text table or as JSON.</summary>
internal static class Report
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Geometric mean of ours/CPython over programs both ran with agreeing output.</summary>
    public static (double? Mean, int Count) GeometricMean(IReadOnlyList<ProgramResult> results)
    {
        var logSum = 0.0;
        var count = 0;
        foreach (var r in results)
        {
            if (r.Ratio is not { } ratio || r.Agree != true) continue;
            logSum += Math.Log(ratio);
            count++;
        }
        return count == 0 ? (null, 0) : (Math.Exp(logSum / count), count);
    }

    public static string Table(IReadOnlyList<ProgramResult> results, int runs, string? cpythonVersion, string? cpythonProblem)
    {
        var rows = new List<string[]> { new[] { "program", "ours (ms)", "CPython (ms)", "ours/CPython", "agree", "note" } };
        foreach (var r in results)
        {
            var note = r.OursError != null ? "ours failed: " + r.OursError
                : r.Agree == false ? r.FirstDifference() ?? "output differs"
                : r.CPythonError != null ? "CPython failed: " + r.CPythonError
                : r.ExpectedIsStale ? "checked-in .expected is stale (run bench/update-expected.sh)"
                : "";
            rows.Add([
                r.Program.Name,
                r.OursError != null ? "FAILED" : Ms(r.OursBestMs),
                cpythonVersion == null ? "-" : r.CPythonError != null ? "FAILED" : Ms(r.CPythonBestMs),
                r.Ratio is { } ratio ? ratio.ToString("0.00", Inv) : "-",
                r.Agree switch { true => "yes", false => "NO", null => "-" },
                note,
            ]);
        }

        var widths = new int[rows[0].Length];
        foreach (var row in rows)
            for (var c = 0; c < row.Length; c++) widths[c] = Math.Max(widths[c], row[c].Length);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"best of {runs} run(s); CPython: ")
            .AppendLine(cpythonVersion ?? $"not available ({cpythonProblem}) - our interpreter only, checked against the checked-in .expected outputs");
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Length; c++)
            {
                var numeric = c is >= 1 and <= 3; // numbers right-aligned, text left-aligned
                line.Append(numeric ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c])).Append("  ");
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        var (mean, count) = GeometricMean(results);
        text.Append(mean is { } m
            ? $"geometric mean ours/CPython: {m.ToString("0.00", Inv)} over {count} of {results.Count} programs (below 1 = faster than CPython)\n"
            : $"geometric mean ours/CPython: - (no program ran in both with agreeing output)\n");
        return text.ToString();
    }

    public static string Json(IReadOnlyList<ProgramResult> results, int runs, string? cpythonVersion, string? cpythonProblem)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("runs", runs);
            WriteStringOrNull(json, "cpython", cpythonVersion);
            WriteStringOrNull(json, "cpythonProblem", cpythonProblem);
            json.WriteStartArray("programs");
            foreach (var r in results)
            {
                json.WriteStartObject();
                json.WriteString("name", r.Program.Name);
                WriteNumberOrNull(json, "oursMs", r.OursBestMs);
                WriteNumberOrNull(json, "cpythonMs", r.CPythonBestMs);
                WriteNumberOrNull(json, "ratio", r.Ratio);
                if (r.Agree is { } agree) json.WriteBoolean("agree", agree); else json.WriteNull("agree");
                WriteStringOrNull(json, "oursError", r.OursError);
                WriteStringOrNull(json, "cpythonError", r.CPythonError);
                WriteRuns(json, "oursRunsMs", r.Ours);
                WriteRuns(json, "cpythonRunsMs", r.CPython);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            var (mean, count) = GeometricMean(results);
            WriteNumberOrNull(json, "geometricMean", mean);
            json.WriteNumber("geometricMeanCount", count);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    static string Ms(double? ms) => ms is { } v ? v.ToString("0.0", Inv) : "-";

    static void WriteRuns(Utf8JsonWriter json, string name, List<RunResult> runs)
    {
        json.WriteStartArray(name);
        foreach (var run in runs)
            if (run.Ok) json.WriteNumberValue(Math.Round(run.Ms, 3));
        json.WriteEndArray();
    }

    static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, Math.Round(v, 3)); else json.WriteNull(name);
    }

    static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value != null) json.WriteString(name, value); else json.WriteNull(name);
    }
}
