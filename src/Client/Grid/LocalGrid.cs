using GilGrid.Client.Local;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Pools;

namespace GilGrid.Client.Grid;

/// <summary>
/// The grid on this machine, without a cluster: a map runs on an in-process interpreter pool (one
/// dedicated thread and isolated interpreter per worker, the fastest way on one machine), a script
/// in a fresh interpreter with the process's file system, like `python`.
/// </summary>
public sealed class LocalGrid : IGrid
{
    public string Backend => "local";

    public async Task<MapResult> MapAsync(PluginBundle plugin, string target, IReadOnlyList<MapCall> inputs,
        MapOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MapOptions();
        var (module, function) = MapTarget.Parse(plugin, target);
        var workers = options.MaxInFlight ?? Environment.ProcessorCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1, nameof(options.MaxInFlight));
        using var worker = LocalMapWorker.Start(new PoolPlugin(plugin, options.SourceFolder), module, function, workers,
            options, cancellationToken);
        return await new MapEngine(inputs, worker, options, workers).RunAsync(cancellationToken);
    }

    public Task<RunOutcome> RunAsync(PythonProgram program, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken = default) =>
        LocalRunner.RunAsync(program, stdout, stderr, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
