using System.Diagnostics;
using GilGrid.Grains.Interfaces;

namespace GilGrid.Client.Grid;

/// <summary>
/// Runs a plugin function over inputs on any backend: keeps up to a bound of calls running, and
/// hands each outcome on as soon as every input before it has finished, so results are in input
/// order while calls complete in any order. When the run stops (cancellation, or the first failure
/// under fail-fast), calls in flight are cancelled and reporting ends at the last finished input,
/// inputs before it that did not finish reported as null: what completed is kept.
/// </summary>
public sealed class MapEngine
{
    private readonly IReadOnlyList<MapCall> _calls;
    private readonly IMapWorker _worker;
    private readonly MapOptions _options;
    private readonly int _maxInFlight;
    private readonly string _workerKind;

    private readonly object _gate = new();
    private readonly MapOutcome?[] _outcomes;
    private readonly bool[] _finished;
    private readonly Dictionary<string, int> _perWorker = [];
    private readonly Stopwatch _clock = new();
    private int _nextToReport;
    private int _done;
    private int _failed;

    public MapEngine(IReadOnlyList<MapCall> calls, IMapWorker worker, MapOptions options, int maxInFlight,
        string workerKind = "worker")
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxInFlight, 1);
        _calls = calls;
        _worker = worker;
        _options = options;
        _maxInFlight = maxInFlight;
        _workerKind = workerKind;
        _outcomes = new MapOutcome?[calls.Count];
        _finished = new bool[calls.Count];
    }

    public async Task<MapResult> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var slots = new SemaphoreSlim(_maxInFlight);
        var slotsOpen = true;
        // New workers (a silo joined the cluster) take calls at once: one more slot each.
        void Grow(int workers)
        {
            lock (_gate)
            {
                if (slotsOpen)
                    slots.Release(workers);
            }
        }
        var growing = _worker as IGrowingMapWorker;
        if (growing is not null)
            growing.WorkersAdded += Grow;
        var running = new List<Task>(_calls.Count);
        _clock.Start();
        _options.Progress?.Invoke(new MapProgressCounts(_calls.Count, 0, 0, TimeSpan.Zero));

        var chunkSize = ChunkSize();
        for (var start = 0; start < _calls.Count; start += chunkSize)
        {
            try
            {
                await slots.WaitAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            running.Add(RunChunkAsync(start, Math.Min(chunkSize, _calls.Count - start), slots, stop));
        }
        await Task.WhenAll(running);
        if (growing is not null)
            growing.WorkersAdded -= Grow;

        lock (_gate)
        {
            slotsOpen = false;
            var stopped = stop.IsCancellationRequested;
            if (stopped)
                ReportThroughLastFinished();
            var summary = new MapSummary(_calls.Count, _nextToReport, _done - _failed, _failed, stopped,
                _clock.Elapsed, new Dictionary<string, int>(_perWorker), _workerKind);
            return new MapResult(_outcomes, summary);
        }
    }

    /// <summary>Inputs per call: 1 for a backend that sends each input alone, else what the options
    /// say, else CPython's <c>Pool.map</c> rule (about four chunks per slot), at most 100.</summary>
    private int ChunkSize()
    {
        if (!_worker.SendsChunks)
            return 1;
        if (_options.ChunkSize is { } size)
            return Math.Max(1, size);
        return Math.Clamp((_calls.Count + 4 * _maxInFlight - 1) / (4 * _maxInFlight), 1, 100);
    }

    private async Task RunChunkAsync(int start, int count, SemaphoreSlim slots, CancellationTokenSource stop)
    {
        var outcomes = new MapOutcome?[count];
        try
        {
            var chunk = await _worker.CallChunkAsync(_calls.Skip(start).Take(count).ToList(), stop.Token);
            for (var i = 0; i < count; i++)
            {
                var outcome = chunk[i];
                if (outcome.Result is { } value && _options.Validate?.Invoke(value) is { } rejected)
                    outcome = MapOutcome.Failure(rejected, outcome.Worker);
                outcomes[i] = outcome;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Nothing of this chunk finished.
        }
        catch (Exception e)
        {
            // The backend failed (not the Python code): record it against these inputs and go on.
            Array.Fill(outcomes, MapOutcome.Failure(new PythonError(e.GetType().Name, e.Message, ""), "gilgrid"));
        }
        finally
        {
            slots.Release();
        }

        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                if (outcomes[i] is { } outcome)
                    Record(start + i, outcome, stop);
            }
        }
    }

    /// <summary>Records one input's outcome (under the lock), reports what is ready, and stops the run
    /// on a failure under fail-fast.</summary>
    private void Record(int index, MapOutcome outcome, CancellationTokenSource stop)
    {
        _outcomes[index] = outcome;
        _finished[index] = true;
        _done++;
        _perWorker[outcome.Worker] = _perWorker.GetValueOrDefault(outcome.Worker) + 1;
        if (outcome.Failed)
        {
            _failed++;
            if (_options.FailFast)
                stop.Cancel();
        }
        ReportReady();
        _options.Progress?.Invoke(new MapProgressCounts(_calls.Count, _done, _failed, _clock.Elapsed));
    }

    private void ReportReady()
    {
        while (_nextToReport < _finished.Length && _finished[_nextToReport])
        {
            _options.OnResult?.Invoke(_nextToReport, _outcomes[_nextToReport]);
            _nextToReport++;
        }
    }

    private void ReportThroughLastFinished()
    {
        var last = Array.LastIndexOf(_finished, true);
        for (; _nextToReport <= last; _nextToReport++)
            _options.OnResult?.Invoke(_nextToReport, _outcomes[_nextToReport]);
    }
}
