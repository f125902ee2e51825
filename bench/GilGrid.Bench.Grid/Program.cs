using GilGrid.Bench.Grid;

// Grid benchmarks: interpreter grain calls beside a plain C# grain (the ceiling), co-hosted and from
// an external client process, and map throughput beside CPython's multiprocessing.Pool.
//
//   dotnet run -c Release --project bench/GilGrid.Bench.Grid [-- --seconds S] [--workers N] [--no-python]
if (args is ["--silo", var siloPort, var gatewayPort])
{
    await BenchHosts.RunSiloUntilStdinClosesAsync(int.Parse(siloPort), int.Parse(gatewayPort));
    return 0;
}

var duration = TimeSpan.FromSeconds(1.5);
var workers = Environment.ProcessorCount;
var python = "python3";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds" when i + 1 < args.Length:
            duration = TimeSpan.FromSeconds(double.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture));
            break;
        case "--workers" when i + 1 < args.Length:
            workers = int.Parse(args[++i]);
            break;
        case "--no-python":
            python = "";
            break;
        default:
            Console.Error.WriteLine("usage: GilGrid.Bench.Grid [--seconds S] [--workers N] [--no-python]");
            return 2;
    }
}
#if DEBUG
Console.Error.WriteLine("warning: a Debug build; run with -c Release for meaningful numbers");
#endif
Console.WriteLine($"{Environment.ProcessorCount} cores, {duration.TotalSeconds:0.0} s per measurement, map over {workers} workers");

await using (var coHosted = await BenchHosts.StartCoHostedAsync())
    await CallScenarios.RunAsync("co-hosted", coHosted.Grains, duration);

await using var external = await BenchHosts.StartExternalAsync();
await CallScenarios.RunAsync("external", external.Grains, duration);

foreach (var job in new[] { MapJob.Tiny, MapJob.Heavy })
{
    var ours = await MapBench.RunGridAsync(external.Grains, job, workers);
    var cpython = python.Length == 0 ? null : await MapBench.RunCPythonAsync(python, RepoRoot(), job, workers);
    var comparison = cpython is { } rate
        ? $"CPython Pool({workers}) {rate,8:N0} items/s, ratio {ours / rate:0.00}"
        : "CPython not run";
    Console.WriteLine($"map {job.Name,-10} {job.Inputs.Length,6} items over {workers} grains (external client): {ours,8:N0} items/s; {comparison}");
}
return 0;

static string RepoRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "GilGrid.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException("GilGrid.sln not found above the bench");
}
