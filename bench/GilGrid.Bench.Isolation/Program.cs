using System.Diagnostics;
using System.Globalization;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;

// Isolation bench: GilGrid's interpreters beside CPython 3.13's _interpreters/_interpqueues, in the
// same run on the same machine. Usage: GilGrid.Bench.Isolation [--quick] [--python CMD] [--jobs N]
// (--jobs: how many CPU-bound jobs, each on its own interpreter and thread in the parallel rows; default 4).
var quick = args.Contains("--quick");
var python = args.SkipWhile(a => a != "--python").Skip(1).FirstOrDefault() ?? "python3";
var jobs = int.Parse(args.SkipWhile(a => a != "--jobs").Skip(1).FirstOrDefault() ?? "4", CultureInfo.InvariantCulture);
var p = new BenchParameters(Jobs: jobs, Iterations: quick ? 200_000 : 2_000_000, Creates: quick ? 2_000 : 20_000,
    CPythonCreates: quick ? 20 : 100, Idle: 1_000, CPythonIdle: 20, Rounds: quick ? 20_000 : 100_000, Stream: quick ? 200_000 : 1_000_000);

Console.WriteLine($"isolation bench on {Environment.ProcessorCount} cores, {(quick ? "quick" : "full")} sizes");
// Warm the JIT (tiered compilation) on every path first: the first runs are several times slower.
Sequential(p.Jobs, p.Iterations / 4);
Parallel(InterpreterConfig.Isolated, p.Jobs, p.Iterations / 4);
var ours = new Dictionary<string, double>
{
    ["create_close_us"] = CreateClose(p.Creates),
    ["idle_kb"] = IdleMemory(p.Idle, touch: false),
    ["idle_touched_kb"] = IdleMemory(p.Idle, touch: true),
    ["sequential_s"] = BestOf3(() => Sequential(p.Jobs, p.Iterations)),
    ["own_s"] = BestOf3(() => Parallel(InterpreterConfig.Isolated, p.Jobs, p.Iterations)),
    ["shared_s"] = BestOf3(() => Parallel(InterpreterConfig.Isolated with { Gil = GilMode.Shared }, p.Jobs, p.Iterations)),
    ["pingpong_us"] = PingPong(p.Rounds),
    ["stream_per_s"] = Stream(p.Stream),
};
var cpython = CPython.Run(python, p);

Console.WriteLine($"{"measurement",-44}{"GilGrid",14}{"CPython 3.13",14}");
void Row(string label, string key, string format) =>
    Console.WriteLine($"{label,-44}{Fmt(ours.GetValueOrDefault(key, double.NaN), format),14}{Fmt(cpython.GetValueOrDefault(key, double.NaN), format),14}");
Row("create+close, µs per interpreter", "create_close_us", "F1");
Row("memory per idle interpreter, KB", "idle_kb", "F1");
Row("  ... after running `pass` once, KB", "idle_touched_kb", "F1");
Row($"{p.Jobs} CPU jobs one after another, s", "sequential_s", "F2");
Row($"{p.Jobs} CPU jobs, own GIL, s", "own_s", "F2");
Row($"{p.Jobs} CPU jobs, shared GIL, s", "shared_s", "F2");
Console.WriteLine($"{"speed-up own GIL (sequential / parallel)",-44}{Speedup(ours, "own_s"),14}{Speedup(cpython, "own_s"),14}");
Console.WriteLine($"{"speed-up shared GIL",-44}{Speedup(ours, "shared_s"),14}{Speedup(cpython, "shared_s"),14}");
Row("queue ping-pong round trip, µs", "pingpong_us", "F2");
Row("queue streaming, items/s", "stream_per_s", "N0");
return 0;

static double BestOf3(Func<double> measure) => Math.Min(measure(), Math.Min(measure(), measure()));

static string Fmt(double v, string format) => double.IsNaN(v) ? "n/a" : v.ToString(format, CultureInfo.InvariantCulture);

static string Speedup(Dictionary<string, double> r, string key) =>
    r.TryGetValue("sequential_s", out var s) && r.TryGetValue(key, out var x) ? (s / x).ToString("F2", CultureInfo.InvariantCulture) + "x" : "n/a";

static double CreateClose(int n)
{
    for (int i = 0; i < 100; i++) new Interpreter(InterpreterConfig.Isolated).Close();
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < n; i++) new Interpreter(InterpreterConfig.Isolated).Close();
    return clock.Elapsed.TotalMicroseconds / n;
}

/// <summary>Managed heap growth per live interpreter: untouched, or after its first statement (builtins, sys, __main__).</summary>
static double IdleMemory(int n, bool touch)
{
    var keep = new Interpreter[n];
    long before = GC.GetTotalMemory(forceFullCollection: true);
    for (int i = 0; i < n; i++)
    {
        keep[i] = new Interpreter(InterpreterConfig.Isolated);
        if (touch) keep[i].Exec("pass");
    }
    long after = GC.GetTotalMemory(forceFullCollection: true);
    GC.KeepAlive(keep);
    return (after - before) / 1024.0 / n;
}

static string Job(int iterations) => $"def job():\n    n = 0\n    for i in range({iterations}):\n        n += i * i\n    return n\n";

static double Sequential(int jobs, int iterations)
{
    using var interp = new Interpreter(InterpreterConfig.Isolated);
    interp.Exec(Job(iterations));
    interp.Call("__main__", "job");   // warm the JIT like the pools' first calls below
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < jobs; i++) interp.Call("__main__", "job");
    return clock.Elapsed.TotalSeconds;
}

static double Parallel(InterpreterConfig config, int jobs, int iterations)
{
    using var pool = new InterpreterPool(jobs, new InterpreterPoolOptions { Config = config, Initializer = i => i.Exec(Job(iterations)) });
    var call = new PoolCall("__main__", "job", []);
    var clock = Stopwatch.StartNew();
    var results = pool.MapAsync(Enumerable.Repeat(call, jobs)).GetAwaiter().GetResult();
    var elapsed = clock.Elapsed.TotalSeconds;
    if (results.Any(r => !r.Succeeded)) throw new InvalidOperationException("a job failed");
    return elapsed;
}

/// <summary>Two interpreters on two threads bounce an int through two queues.</summary>
static double PingPong(int rounds)
{
    using var main = new Interpreter(InterpreterConfig.Isolated);
    main.Exec("import interpreters\nping = interpreters.create_queue()\npong = interpreters.create_queue()\nids = (ping.id, pong.id)\n");
    using var echo = new Interpreter(InterpreterConfig.Isolated);
    echo.PrepareMain(new Dictionary<string, CrossValue> { ["ids"] = main.EvalValue("ids") });
    echo.Exec($"import interpreters\nping, pong = interpreters.Queue(ids[0]), interpreters.Queue(ids[1])\ndef loop():\n    for _ in range({rounds}):\n        pong.put(ping.get())\n");
    main.Exec($"def run():\n    for k in range({rounds}):\n        ping.put(k)\n        pong.get()\n");
    var echoing = Task.Factory.StartNew(() => echo.Call("__main__", "loop"), TaskCreationOptions.LongRunning);
    var clock = Stopwatch.StartNew();
    main.Call("__main__", "run");
    var elapsed = clock.Elapsed;
    echoing.Wait();
    return elapsed.TotalMicroseconds / rounds;
}

static double Stream(int count)
{
    using var interp = new Interpreter(InterpreterConfig.Isolated);
    interp.Exec($"import interpreters\nq = interpreters.create_queue()\ndef run():\n    for k in range({count}):\n        q.put(k)\n    for k in range({count}):\n        q.get()\n");
    var clock = Stopwatch.StartNew();
    interp.Call("__main__", "run");
    return count / clock.Elapsed.TotalSeconds;
}

internal sealed record BenchParameters(int Jobs, int Iterations, int Creates, int CPythonCreates, int Idle, int CPythonIdle, int Rounds, int Stream);

/// <summary>Runs the CPython half (cpython_isolation.py) and reads its "name value" lines.</summary>
internal static class CPython
{
    public static Dictionary<string, double> Run(string python, BenchParameters p)
    {
        var results = new Dictionary<string, double>();
        var script = Path.Combine(Path.GetTempPath(), $"gilgrid_isolation_{Environment.ProcessId}.py");
        using (var s = typeof(CPython).Assembly.GetManifestResourceStream("cpython_isolation.py")!)
        using (var f = File.Create(script))
            s.CopyTo(f);
        try
        {
            var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            psi.ArgumentList.Add(script);
            foreach (var a in new[] { $"jobs={p.Jobs}", $"iterations={p.Iterations}", $"creates={p.CPythonCreates}", $"idle={p.CPythonIdle}", $"rounds={p.Rounds}", $"stream={p.Stream}" })
                psi.ArgumentList.Add(a);
            using var proc = Process.Start(psi)!;
            var output = proc.StandardOutput.ReadToEnd();
            var errors = proc.StandardError.ReadToEnd();
            proc.WaitForExit();
            if (proc.ExitCode != 0) Console.Error.WriteLine($"CPython half failed: {errors.Trim()}");
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = line.Split(' ');
                results[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"CPython not run ({python}: {e.Message})");
        }
        finally
        {
            File.Delete(script);
        }
        return results;
    }
}
