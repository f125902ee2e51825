using System.Diagnostics;
using System.Text;

namespace GilGrid.Bench;

/// <summary>
/// Runs our interpreter in a child bench process (<see cref="Worker"/>) that stays alive across all
/// runs, so its JIT warms up as it would in-process, while a hang or a crash (a .NET stack overflow
/// ends the whole process) costs only the child: it is killed or found dead, reported, and replaced.
/// </summary>
internal sealed class WorkerClient(TimeSpan timeout) : IDisposable
{
    // The interpreter stops itself at `timeout`; past this grace the engine ignored its deadline.
    static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);
    Process? child;
    readonly StringBuilder childStderr = new();

    public RunResult Run(BenchProgram program)
    {
        var process = child ??= Start();
        var reply = ReadResultAsync(process.StandardOutput);
        process.StandardInput.WriteLine(program.Path);
        process.StandardInput.Flush();
        if (!reply.Wait(timeout + Grace))
        {
            Stop();
            return RunResult.Failed($"timeout after {timeout.TotalSeconds:0} s (ignored the interpreter's own deadline; worker killed)");
        }
        if (reply.Result is { } line) return Worker.Decode(line);
        process.WaitForExit();
        var exitCode = process.ExitCode;
        var reason = FirstStderrLine();
        Stop();
        return RunResult.Failed($"crashed the worker process (exit code {exitCode}){(reason == null ? "" : ": " + reason)}");
    }

    Process Start()
    {
        lock (childStderr) childStderr.Clear();
        // Launched the same way as this process: the apphost directly, or `dotnet GilGrid.Bench.dll`.
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") info.ArgumentList.Add(typeof(WorkerClient).Assembly.Location);
        info.ArgumentList.Add(Worker.Flag);
        info.ArgumentList.Add(((int)timeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start the worker process");
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data == null) return;
            lock (childStderr) childStderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        return process;
    }

    static async Task<string?> ReadResultAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
            if (line.StartsWith(Worker.Marker, StringComparison.Ordinal)) return line[Worker.Marker.Length..];
        return null;
    }

    /// <summary>What the runtime said when the worker died ("Stack overflow.", "Unhandled exception. ...").</summary>
    string? FirstStderrLine()
    {
        lock (childStderr)
        {
            var lines = childStderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length > 0 ? lines[0] : null;
        }
    }

    void Stop()
    {
        if (child == null) return;
        if (!child.HasExited) child.Kill(entireProcessTree: true);
        child.WaitForExit();
        child.Dispose();
        child = null;
    }

    public void Dispose()
    {
        if (child is { HasExited: false })
            child.StandardInput.Close(); // the worker's read loop ends and it exits by itself
        child?.WaitForExit(5000);
        Stop();
    }
}
