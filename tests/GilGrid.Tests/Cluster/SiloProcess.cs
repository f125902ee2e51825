using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GilGrid.Tests.TestSupport;

namespace GilGrid.Tests.Cluster;

/// <summary>
/// One real silo process (the built GilGrid.Silo.dll) with its console output collected, for tests
/// that need the silo program itself: its options, its clustering, its web endpoints. Disposing
/// kills it if it still runs.
/// </summary>
public sealed class SiloProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private SiloProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Everything the silo printed so far (stdout and stderr).</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Runs the silo program with <paramref name="args"/> to its end (it refuses its options,
    /// prints help, or fails to start), with only <paramref name="environment"/> of the GilGrid settings.</summary>
    public static Task<ProcessResult> RunToEndAsync(string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(DotnetHost.Path) { WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(SiloBuild.RequireDll());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return RunIsolatedAsync(start, environment);
    }

    /// <summary>Runs a process to its end (killed after a minute), with no standard input and only
    /// <paramref name="environment"/> of the GilGrid settings: none inherited from whoever runs the tests.</summary>
    public static async Task<ProcessResult> RunIsolatedAsync(ProcessStartInfo start, params (string Name, string Value)[] environment)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = start.RedirectStandardInput = true;
        start.UseShellExecute = false;
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GilGrid__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static SiloProcess Start(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(SiloBuild.RequireDll());
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Only the test's own options: no configuration inherited from whoever runs the tests.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("GilGrid__", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        var process = new Process { StartInfo = start };
        var silo = new SiloProcess(process);
        process.OutputDataReceived += (_, e) => silo.Append(e.Data);
        process.ErrorDataReceived += (_, e) => silo.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return silo;
    }

    /// <summary>Waits until the output holds <paramref name="text"/>; fails with the output when
    /// the silo exits or the time runs out first.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"the silo exited ({_process.ExitCode}) before printing '{text}':\n{Output}");
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"the silo did not print '{text}' within {timeout}:\n{Output}");
            await Task.Delay(100);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    /// <summary>Ports nothing listens on now (each one bound and released, so they differ).</summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.Append(line).Append('\n');
    }
}
