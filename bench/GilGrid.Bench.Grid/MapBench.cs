using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GilGrid.Client.Grid;
using GilGrid.Grains.Interfaces.Plugins;
using GilGrid.Grains.Interfaces.Values;

namespace GilGrid.Bench.Grid;

/// <summary>One map job: a Python function over integer inputs, with its results known from C#.</summary>
public sealed record MapJob(string Name, string Function, string Source, long[] Inputs, Func<long, long> Expected)
{
    public static MapJob Tiny { get; } = new("tiny", "tiny", "def tiny(x):\n    return x * 2 + 1\n",
        Enumerable.Range(0, 10_000).Select(i => (long)i).ToArray(), x => x * 2 + 1);

    public static MapJob Heavy { get; } = new("cpu-heavy", "heavy",
        "def heavy(n):\n    total = 0\n    for i in range(n):\n        total += i * i % 7\n    return total\n",
        Enumerable.Range(0, 24).Select(i => 150_000L + i).ToArray(), HeavyInCSharp);

    private static long HeavyInCSharp(long n)
    {
        long total = 0;
        for (long i = 0; i < n; i++)
            total += i * i % 7;
        return total;
    }
}

/// <summary>
/// Map throughput through the product's own path, <see cref="ClusterGrid.MapAsync"/>: the job's
/// items over <c>workers</c> pool workers (chunked as CPython's Pool.map chunks), beside CPython's
/// multiprocessing.Pool with as many processes running examples/cpython_map.py. Both timings
/// include loading the function in every worker; both results are checked.
/// </summary>
public static class MapBench
{
    public static async Task<double> RunGridAsync(IGrainFactory grains, MapJob job, int workers)
    {
        var started = Stopwatch.GetTimestamp();
        // A bundle of its own per run, so that every run loads the function afresh.
        var module = $"job_{Guid.NewGuid():N}";
        var plugin = new PluginBundle(module, [new PluginModule(module, job.Source)]);
        var inputs = job.Inputs.Select(i => MapCall.Of(new WireInt(i))).ToList();
        var map = await new ClusterGrid(grains).MapAsync(plugin, $"{module}:{job.Function}", inputs,
            new MapOptions { MaxInFlight = workers });
        var results = map.Outcomes.Select((outcome, item) => outcome?.Result is WireInt value
            ? value.Value
            : throw new InvalidOperationException($"{job.Name}({job.Inputs[item]}): {outcome?.Error?.Message ?? "no result"}")).ToArray();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        Verify(job, results);
        return job.Inputs.Length / elapsed;
    }

    /// <summary>Items per second by CPython's pool, as examples/cpython_map.py reports it; null when
    /// CPython cannot be run.</summary>
    public static async Task<double?> RunCPythonAsync(string python, string repoRoot, MapJob job, int workers)
    {
        var folder = Directory.CreateTempSubdirectory("gilgrid-bench-map-").FullName;
        try
        {
            var plugin = Path.Combine(folder, "plugin.py");
            await File.WriteAllTextAsync(plugin, job.Source);
            var input = Path.Combine(folder, "inputs.jsonl");
            await File.WriteAllLinesAsync(input, job.Inputs.Select(i => i.ToString(CultureInfo.InvariantCulture)));
            var output = Path.Combine(folder, "results.jsonl");

            var start = new ProcessStartInfo(python) { RedirectStandardError = true, UseShellExecute = false };
            start.Environment["PYENV_VERSION"] = "3.13.0";
            foreach (var arg in new[] { Path.Combine(repoRoot, "examples", "cpython_map.py"), $"{plugin}:{job.Function}",
                         "--input", input, "--output", output, "--workers", workers.ToString(CultureInfo.InvariantCulture) })
                start.ArgumentList.Add(arg);
            Process? process;
            try
            {
                process = Process.Start(start);
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
            using (process)
            {
                var stderr = await process!.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                var rate = Regex.Match(stderr, @"\(([0-9.]+) items/s\)");
                if (process.ExitCode != 0 || !rate.Success)
                    return null;
                var results = (await File.ReadAllLinesAsync(output))
                    .Select(line => long.Parse(Regex.Match(line, @"^\{""result"": (-?\d+)\}$").Groups[1].Value, CultureInfo.InvariantCulture))
                    .ToArray();
                Verify(job, results);
                return double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Verify(MapJob job, long[] results)
    {
        for (var i = 0; i < job.Inputs.Length; i++)
        {
            if (results[i] != job.Expected(job.Inputs[i]))
                throw new InvalidOperationException($"{job.Name}: item {i} gave {results[i]}, expected {job.Expected(job.Inputs[i])}");
        }
    }
}
