using GilGrid.Client.Grid;

namespace GilGrid.Client.Map;

/// <summary>Receives a run's progress: counts when it starts and after each finished input, then
/// the summary. Calls come one at a time, never concurrently.</summary>
public interface IMapProgress
{
    void Report(MapProgressCounts counts);

    void Finish(MapSummary summary);
}
