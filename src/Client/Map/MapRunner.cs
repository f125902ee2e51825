using System.Diagnostics;
using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Map;

/// <summary>How a map runs.</summary>
/// <param name="MaxInFlight">Calls running at once (the backend spreads them over its workers).</param>
/// <param name="FailFast">Stop at the first failed input instead of recording it and going on.</param>
public sealed record MapOptions(int MaxInFlight, bool FailFast = false);

/// <summary>How a map ended.</summary>
/// <param name="Written">Output lines written: every input unless the run stopped early.</param>
/// <param name="Stopped">The run was cancelled, or stopped by <see cref="MapOptions.FailFast"/>.</param>
/// <param name="PerWorker">Inputs completed by each worker (a thread, or a silo).</param>
public sealed record MapSummary(int Items, int Written, int Succeeded, int Failed, bool Stopped,
    TimeSpan Elapsed, IReadOnlyDictionary<string, int> PerWorker);

/// <summary>
/// Runs a plugin function over inputs: keeps up to <see cref="MapOptions.MaxInFlight"/> calls
/// running, and writes each output line as soon as every input before it has finished, so the output
/// is in input order while the calls complete in any order. When the run stops (cancellation, or
/// the first failure under fail-fast), calls in flight are cancelled and the output ends at the last
/// finished input, inputs before it that did not finish recorded as cancelled: what completed is kept.
/// </summary>
public sealed class MapRunner
{
    private readonly IReadOnlyList<MapItem> _items;
    private readonly IMapWorker _worker;
    private readonly MapOptions _options;
    private readonly TextWriter _output;
    private readonly IMapProgress _progress;

    private readonly object _gate = new();
    private readonly MapRecord?[] _records;
    private readonly Dictionary<string, int> _perWorker = [];
    private readonly Stopwatch _clock = new();
    private int _nextToWrite;
    private int _done;
    private int _failed;

    public MapRunner(IReadOnlyList<MapItem> items, IMapWorker worker, MapOptions options, TextWriter output,
        IMapProgress progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxInFlight, 1);
        _items = items;
        _worker = worker;
        _options = options;
        _output = output;
        _progress = progress;
        _records = new MapRecord?[items.Count];
    }

    public async Task<MapSummary> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(_options.MaxInFlight);
        var calls = new List<Task>(_items.Count);
        _clock.Start();
        _progress.Start(_items.Count);

        foreach (var item in _items)
        {
            try
            {
                await slots.WaitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            calls.Add(RunOneAsync(item, slots, stop));
        }
        await Task.WhenAll(calls);

        lock (_gate)
        {
            var stopped = stop.IsCancellationRequested;
            if (stopped)
                WriteThroughLastFinished();
            var summary = new MapSummary(_items.Count, _nextToWrite, _done - _failed, _failed, stopped,
                _clock.Elapsed, new Dictionary<string, int>(_perWorker));
            _output.Flush();
            _progress.Finish(summary);
            return summary;
        }
    }

    private async Task RunOneAsync(MapItem item, SemaphoreSlim slots, CancellationTokenSource stop)
    {
        MapOutcome? outcome;
        try
        {
            outcome = await _worker.CallAsync(item, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            outcome = null;
        }
        catch (Exception e)
        {
            // The backend failed (not the Python code): record it against this input and go on.
            outcome = MapOutcome.Failure(new PythonError(e.GetType().Name, e.Message, ""), "gilgrid");
        }
        finally
        {
            slots.Release();
        }

        var record = outcome is null ? null : MapOutput.Format(outcome);
        lock (_gate)
        {
            if (outcome is null || record is null)
                return;
            _records[item.Index] = record;
            _done++;
            _perWorker[outcome.Worker] = _perWorker.GetValueOrDefault(outcome.Worker) + 1;
            if (record.Failed)
            {
                _failed++;
                if (_options.FailFast)
                    stop.Cancel();
            }
            WriteReady();
            _progress.Report(new MapProgressCounts(_items.Count, _done, _failed, _clock.Elapsed));
        }
    }

    private void WriteReady()
    {
        while (_nextToWrite < _records.Length && _records[_nextToWrite] is { } record)
        {
            _output.WriteLine(record.Line);
            _records[_nextToWrite] = null;
            _nextToWrite++;
        }
    }

    private void WriteThroughLastFinished()
    {
        var last = Array.FindLastIndex(_records, r => r is not null);
        for (; _nextToWrite <= last; _nextToWrite++)
            _output.WriteLine((_records[_nextToWrite] ?? MapOutput.Cancelled()).Line);
    }
}
