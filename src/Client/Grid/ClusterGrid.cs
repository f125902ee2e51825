using System.Globalization;
using GilGrid.Client.Local;
using GilGrid.Grains.Execution;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Pools;

namespace GilGrid.Client.Grid;

/// <summary>
/// The grid on an Orleans cluster, through any <see cref="IGrainFactory"/>: an external client's
/// <c>IClusterClient</c>, or the co-hosted one of a silo's own host. A map runs on pool workers
/// spread over every silo's cores (<see cref="ClusterMapWorker"/>), a script in a fresh interpreter
/// grain (sandboxed: no file system, so it cannot import files next to it), its output shown as it
/// comes (<see cref="StreamedOutput"/>).
/// </summary>
/// <param name="owned">Released with the grid: the connection or silo host it runs on, if the grid made it.</param>
public sealed class ClusterGrid(IGrainFactory grains, string backend = "cluster", IAsyncDisposable? owned = null) : IGrid
{
    public string Backend => backend;

    public async Task<MapResult> MapAsync(PluginBundle plugin, string target, IReadOnlyList<MapCall> inputs,
        MapOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MapOptions();
        var (module, function) = MapTarget.Parse(plugin, target);
        if (options.MaxInFlight is < 1)
            throw new ArgumentOutOfRangeException(nameof(options), "MaxInFlight must be at least 1");
        await using var worker = await ClusterMapWorker.StartAsync(grains, new PoolPlugin(plugin, options.SourceFolder), module, function,
            options, cancellationToken);
        return await new MapEngine(inputs, worker, options, worker.WorkerCount, "silo").RunAsync(cancellationToken);
    }

    public async Task<RunOutcome> RunAsync(PythonProgram program, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken = default)
    {
        // A fresh interpreter per run, closed afterwards: a script starts from nothing, as under `python`.
        var interpreter = grains.GetGrain<IInterpreterGrain>("run-" + Guid.NewGuid().ToString("N"));
        var lost = false;
        try
        {
            var argv = string.Join(", ", program.Argv.Select(PythonLiteral.Str));
            var package = program.Package is { } name ? $"__package__ = {PythonLiteral.Str(name)}\n" : "";
            await interpreter.Exec($"__import__('sys').argv = [{argv}]\n{package}", cancellationToken);
            var result = await GrainPulse.CallWatchedAsync(
                ct => StreamedOutput.RunAsync(interpreter, interpreter.Exec(program.Source, program.FileName, ct), stdout, stderr, ct),
                () => GrainPulse.Of(interpreter), null, cancellationToken);
            stdout.Write(result.Stdout);
            stdout.Flush();
            stderr.Write(result.Stderr);
            return Outcome(result.Error, stderr);
        }
        catch (CallLostException e)
        {
            lost = true;
            stderr.WriteLine($"gilgrid: the script's run is lost: {e.Message}");
            return new RunOutcome(1, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("KeyboardInterrupt");
            return RunOutcome.Interrupted;
        }
        finally
        {
            // A lost grain's silo does not answer: closing it would only wait.
            if (!lost)
                await interpreter.Close();
        }
    }

    /// <summary>The exit status `python` gives for how the script ended, with its message on stderr.</summary>
    private static RunOutcome Outcome(PythonError? error, TextWriter stderr)
    {
        switch (error)
        {
            case null:
                return RunOutcome.Success;
            case { TypeName: "SystemExit" } exit:
                // The grain reports SystemExit(code) as str(code): a number is the exit status,
                // anything else was a message, printed, with status 1 (as CPython does).
                if (int.TryParse(exit.Message, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code))
                    return new RunOutcome(code, null);
                LocalRunner.WriteBlock(stderr, exit.Message);
                return new RunOutcome(1, null);
            default:
                LocalRunner.WriteBlock(stderr, error.Traceback);
                return new RunOutcome(1, error);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (owned is not null)
            await owned.DisposeAsync();
    }
}
