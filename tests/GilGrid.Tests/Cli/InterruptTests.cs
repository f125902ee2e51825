using System.Diagnostics;
using System.Runtime.InteropServices;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

public sealed class InterruptTests
{
    private const int SigInt = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    [Fact]
    public async Task Ctrl_C_stops_a_running_script_with_KeyboardInterrupt_and_exit_130()
    {
        var start = GilgridProcess.StartInfo(["run", "-c", "print('start', flush=True)\nwhile True:\n    pass\n"]);
        // A process started in the background by a shell inherits an ignored SIGINT; give gilgrid
        // the default disposition a program started from a terminal has (`env` then execs it, so
        // the process id stays the same).
        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "--default-signal=INT");
        start.FileName = "env";
        using var process = Process.Start(start)!;
        try
        {
            var stderr = process.StandardError.ReadToEndAsync();
            Assert.Equal("start", await process.StandardOutput.ReadLineAsync().WaitAsync(Patience));

            var watch = Stopwatch.StartNew();
            Assert.Equal(0, kill(process.Id, SigInt));
            await process.WaitForExitAsync().WaitAsync(Patience);

            Assert.Equal("KeyboardInterrupt\n", await stderr);
            Assert.Equal(130, process.ExitCode);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"stopping took {watch.Elapsed}");
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }
}
