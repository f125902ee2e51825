using System.Globalization;
using GilGrid.Client.Grid;

namespace GilGrid.Client.Map;

/// <summary>Text shared by the progress writers.</summary>
internal static class ProgressText
{
    public static string Duration(TimeSpan time) => time.TotalSeconds switch
    {
        < 60 => $"{(int)Math.Ceiling(time.TotalSeconds)}s",
        < 3600 => $"{(int)time.TotalMinutes}m{time.Seconds:00}s",
        _ => $"{(int)time.TotalHours}h{time.Minutes:00}m",
    };

    public static string Rate(double perSecond) => perSecond.ToString(perSecond < 100 ? "0.0" : "0", CultureInfo.InvariantCulture);

    public static IEnumerable<string> Summary(MapSummary summary)
    {
        var seconds = summary.Elapsed.TotalSeconds;
        var done = summary.Succeeded + summary.Failed;
        var rate = seconds > 0 ? done / seconds : 0;
        yield return string.Create(CultureInfo.InvariantCulture,
            $"map: {done} of {summary.Items} items in {seconds:0.00}s ({Rate(rate)} items/s): {summary.Succeeded} ok, {summary.Failed} failed");
        if (summary.Stopped)
            yield return $"map: stopped early; {summary.Reported} output lines written, the rest of the inputs were not run";
        if (summary.PerWorker.Count > 0)
            yield return $"map: per {summary.WorkerKind}: " + string.Join(", ",
                summary.PerWorker.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
    }
}

/// <summary>Progress for a terminal: one line redrawn in place (at most ten times a second) with a
/// bar, counts, rate and ETA; replaced by the summary at the end.</summary>
public sealed class TerminalProgress(TextWriter terminal, int width = 30) : IMapProgress
{
    private static readonly TimeSpan RedrawEvery = TimeSpan.FromMilliseconds(100);
    private TimeSpan? _lastDraw;
    private int _lastLength;

    public void Report(MapProgressCounts counts)
    {
        if (_lastDraw is not { } last || counts.Done == counts.Total || counts.Elapsed - last >= RedrawEvery)
            Draw(counts);
    }

    public void Finish(MapSummary summary)
    {
        terminal.Write('\r' + new string(' ', _lastLength) + '\r');
        foreach (var line in ProgressText.Summary(summary))
            terminal.WriteLine(line);
        terminal.Flush();
    }

    private void Draw(MapProgressCounts counts)
    {
        _lastDraw = counts.Elapsed;
        var filled = counts.Total == 0 ? width : (int)((long)width * counts.Done / counts.Total);
        var eta = counts.Remaining is { } left ? " ETA " + ProgressText.Duration(left) : "";
        var line = $"[{new string('#', filled)}{new string('.', width - filled)}] {counts.Done}/{counts.Total}" +
                   $" {counts.Failed} failed {ProgressText.Rate(counts.ItemsPerSecond)}/s{eta}";
        // Padding blanks out the rest of a longer previous line.
        var padded = line.PadRight(_lastLength);
        terminal.Write('\r' + padded);
        _lastLength = padded.Length;
        terminal.Flush();
    }
}

/// <summary>Progress for a log or a pipe: a plain line every <paramref name="interval"/> at most,
/// and the summary at the end.</summary>
public sealed class LineProgress(TextWriter log, TimeSpan interval) : IMapProgress
{
    private TimeSpan _lastLine;

    public void Report(MapProgressCounts counts)
    {
        if (counts.Elapsed - _lastLine < interval || counts.Done == counts.Total)
            return;
        _lastLine = counts.Elapsed;
        var eta = counts.Remaining is { } left ? ", ETA " + ProgressText.Duration(left) : "";
        log.WriteLine($"map: {counts.Done}/{counts.Total} done, {counts.Failed} failed, " +
                      $"{ProgressText.Rate(counts.ItemsPerSecond)} items/s{eta}");
        log.Flush();
    }

    public void Finish(MapSummary summary)
    {
        foreach (var line in ProgressText.Summary(summary))
            log.WriteLine(line);
        log.Flush();
    }
}
