using System.Diagnostics;
using System.Text;

namespace GilGrid.Tests.TestSupport;

/// <summary>What one run of the real `gilgrid` program did.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the built `gilgrid` program as a separate process, the way a user does. The test project
/// references src/Client, so gilgrid.dll sits next to the test assembly; it is started through the
/// same `dotnet` host that runs the tests.
/// </summary>
public static class GilgridProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static async Task<ProcessResult> RunAsync(IEnumerable<string> args, string? workingDirectory = null,
        string? stdin = null)
    {
        var start = StartInfo(args, workingDirectory);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("gilgrid did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
            await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"gilgrid {string.Join(' ', start.ArgumentList.Skip(1))} ran over {Timeout}");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public static Task<ProcessResult> RunAsync(params string[] args) => RunAsync(args, null, null);

    /// <summary>How to start gilgrid with <paramref name="args"/>: all streams redirected, UTF-8.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gilgrid.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("GILGRID_DEBUG");
        return start;
    }

    /// <summary>The `dotnet` executable: the SDK tells child processes where it is; otherwise PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path)
            ? path
            : "dotnet";
}
