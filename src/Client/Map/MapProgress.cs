namespace GilGrid.Client.Map;

/// <summary>Counts at one moment of a run.</summary>
public sealed record MapProgressCounts(int Total, int Done, int Failed, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate, or null before there is a rate and once done.</summary>
    public TimeSpan? Remaining => Done > 0 && Done < Total && ItemsPerSecond > 0
        ? TimeSpan.FromSeconds((Total - Done) / ItemsPerSecond)
        : null;
}

/// <summary>Receives a run's progress. Calls come one at a time, never concurrently.</summary>
public interface IMapProgress
{
    void Start(int total);

    void Report(MapProgressCounts counts);

    void Finish(MapSummary summary);
}
