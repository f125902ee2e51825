using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace GilGrid.Bench;

/// <summary>
/// Runs a program through CPython, one process per run; a small driver (CPythonTimer.py) times
/// exec() of the already compiled program with perf_counter, so start-up is excluded.
/// </summary>
internal sealed class CPythonRunner
{
    const string Marker = "@@gilgrid-bench-ns ";
    readonly string executable;
    readonly bool setPyenvVersion;
    readonly string driver;
    readonly TimeSpan timeout;

    public string Version { get; }

    CPythonRunner(string executable, bool setPyenvVersion, string version, TimeSpan timeout)
    {
        this.executable = executable;
        this.setPyenvVersion = setPyenvVersion;
        this.timeout = timeout;
        Version = version;
        using var stream = typeof(CPythonRunner).Assembly.GetManifestResourceStream("CPythonTimer.py")!;
        driver = new StreamReader(stream).ReadToEnd();
    }

    /// <summary>
    /// The CPython to compare with: <paramref name="path"/>, or else `python3` under
    /// PYENV_VERSION=3.13.0 (unless the caller's environment already picks a version).
    /// Null (with the reason) when it cannot be started.
    /// </summary>
    public static CPythonRunner? Find(string? path, TimeSpan timeout, out string? problem)
    {
        var executable = path ?? "python3";
        var setPyenv = path == null && Environment.GetEnvironmentVariable("PYENV_VERSION") == null;
        using var probe = Start(executable, setPyenv, ["-c", "import sys; print(sys.version.split()[0])"], out problem);
        if (probe == null) return null;
        var (exited, stdout, stderr) = WaitFor(probe, TimeSpan.FromSeconds(30));
        if (!exited || probe.ExitCode != 0)
        {
            problem = $"{executable} did not report its version: {stderr.Trim()}";
            return null;
        }
        return new CPythonRunner(executable, setPyenv, stdout.Trim(), timeout);
    }

    public RunResult Run(BenchProgram program)
    {
        using var process = Start(executable, setPyenvVersion, ["-c", driver, program.Path], out var problem);
        if (process == null) return RunResult.Failed(problem!);
        var (exited, stdout, stderr) = WaitFor(process, timeout);
        if (!exited) return RunResult.Failed($"timeout after {timeout.TotalSeconds:0} s", stdout);
        var at = stderr.LastIndexOf(Marker, StringComparison.Ordinal);
        if (process.ExitCode != 0 || at < 0)
            return RunResult.Failed(LastLine(stderr) ?? $"exit code {process.ExitCode}", stdout);
        var ns = long.Parse(stderr.AsSpan(at + Marker.Length).Trim(), CultureInfo.InvariantCulture);
        return new RunResult(ns / 1e6, stdout, null);
    }

    static Process? Start(string executable, bool setPyenv, string[] args, out string? problem)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        if (setPyenv) info.Environment["PYENV_VERSION"] = "3.13.0";
        try
        {
            problem = null;
            return Process.Start(info);
        }
        catch (Win32Exception e)
        {
            problem = $"cannot start {executable}: {e.Message}";
            return null;
        }
    }

    static (bool Exited, string Stdout, string Stderr) WaitFor(Process process, TimeSpan timeout)
    {
        // Both pipes are drained concurrently so a chatty program cannot dead-lock on a full pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (false, stdout.Result, stderr.Result);
        }
        return (true, stdout.Result, stderr.Result);
    }

    static string? LastLine(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 ? lines[^1] : null;
    }
}
