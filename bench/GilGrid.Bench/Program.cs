using System.Diagnostics;
using System.Globalization;
using GilGrid.Bench;
using GilGrid.Interp;

// Benchmarks our interpreter against CPython on bench/programs/*.py; see bench/README.md.
if (args is [Worker.Flag, var seconds])
    return Worker.Serve(TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)));

var options = BenchOptions.Parse(args, out var optionError);
if (options == null)
{
    Console.Error.WriteLine(optionError);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var dir = options.ProgramsDir ?? BenchProgram.FindDefaultDir();
if (dir == null || !Directory.Exists(dir))
{
    Console.Error.WriteLine($"no programs folder found ({dir ?? "bench/programs not found above " + AppContext.BaseDirectory}); use --programs DIR");
    return 2;
}
var programs = BenchProgram.Load(dir, options.Filters);
if (programs.Count == 0)
{
    Console.Error.WriteLine($"no program in {dir} matches {string.Join(", ", options.Filters)}");
    return 2;
}

foreach (var assembly in new[] { typeof(Program).Assembly, typeof(Interpreter).Assembly })
    if (assembly.GetCustomAttributes(typeof(DebuggableAttribute), false).OfType<DebuggableAttribute>().Any(a => a.IsJITOptimizerDisabled))
        Console.Error.WriteLine($"warning: {assembly.GetName().Name} is a Debug build; timings are meaningless (use -c Release)");

string? cpythonProblem = "--no-python given";
var cpython = options.NoPython ? null : CPythonRunner.Find(options.PythonPath, options.Timeout, out cpythonProblem);
Console.Error.WriteLine(cpython != null
    ? $"comparing with CPython {cpython.Version}, best of {options.Runs}"
    : $"CPython not available ({cpythonProblem}): measuring our interpreter only");

using var ours = new WorkerClient(options.Timeout);
var results = new List<ProgramResult>();
foreach (var program in programs)
{
    var result = new ProgramResult(program);
    for (var run = 0; run < options.Runs; run++)
    {
        // Interleaved, alternating who goes first, so that noise on this shared machine hits both.
        var oursFirst = run % 2 == 0;
        if (oursFirst) RunOurs(result);
        if (cpython != null) result.CPython.Add(cpython.Run(program));
        if (!oursFirst) RunOurs(result);
    }
    results.Add(result);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {program.Name}: ours {result.OursBestMs?.ToString("0.0") ?? "failed"}, CPython {result.CPythonBestMs?.ToString("0.0") ?? "-"}"));
}

Console.Write(options.Json
    ? Report.Json(results, options.Runs, cpython?.Version, cpython == null ? cpythonProblem : null)
    : Report.Table(results, options.Runs, cpython?.Version, cpythonProblem));
return 0;

// A failed or timed-out run is not retried: its error is the result for this program.
void RunOurs(ProgramResult result)
{
    if (result.OursError == null) result.Ours.Add(ours.Run(result.Program));
}
