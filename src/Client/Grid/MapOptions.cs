using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Client.Grid;

/// <summary>How a map runs. Every member is optional.</summary>
public sealed record MapOptions
{
    /// <summary>Calls running at once. Null: one per worker of the backend (the local pool's size,
    /// or every core of every silo). Locally it is also the number of interpreters.</summary>
    public int? MaxInFlight { get; init; }

    /// <summary>Inputs sent together in one call to a cluster worker. Null: as CPython's
    /// <c>Pool.map</c> chooses, about four chunks per worker (at most 100 inputs each); 1 sends each
    /// input alone, which balances long inputs best. The local backend always takes one at a time.</summary>
    public int? ChunkSize { get; init; }

    /// <summary>Stop at the first failed input instead of recording it and going on.</summary>
    public bool FailFast { get; init; }

    /// <summary>
    /// Receives each input's outcome in input order, as soon as every input before it has finished
    /// (the index, and null for an input the run stopped before it finished). Calls come one at a time.
    /// </summary>
    public Action<int, MapOutcome?>? OnResult { get; init; }

    /// <summary>Receives the counts when the calls start (none done) and after each finished input.
    /// Calls come one at a time.</summary>
    public Action<MapProgressCounts>? Progress { get; init; }

    /// <summary>Rejects a result the caller cannot use (the command line: a value JSON cannot
    /// express): the input then fails with the returned error.</summary>
    public Func<WireValue, PythonError?>? Validate { get; init; }

    /// <summary>Where what the plugin prints goes (default: nowhere).</summary>
    public TextWriter? PluginOutput { get; init; }

    /// <summary>The folder the plugin was read from: tracebacks show module paths inside it, as a
    /// local import of the files would. The local backend also puts it first on sys.path, so that a
    /// plugin file can import modules next to it; a cluster never reads it.</summary>
    public string? SourceFolder { get; init; }

    /// <summary>Folders the plugin's interpreters may read or write (local backend only; grains
    /// have no file access). Default: none.</summary>
    public GilGrid.Interp.Hosting.FileGrants Files { get; init; } = GilGrid.Interp.Hosting.FileGrants.None;
}
