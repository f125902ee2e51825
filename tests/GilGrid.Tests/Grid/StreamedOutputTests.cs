using System.Text;
using GilGrid.Client.Grid;
using GilGrid.Client.Local;
using GilGrid.Grains.Interfaces;
using GilGrid.Grains.Interfaces.Values;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Grid;

/// <summary>A script run on the cluster shows its output while it runs, in order, and the rest when it ends.</summary>
[Collection(ClusterCollection.Name)]
public sealed class StreamedOutputTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_cluster_script_prints_before_it_ends()
    {
        var go = $"stream-go-{Guid.NewGuid():N}";
        // The script prints, then waits on a cluster queue that the test fills only once it has seen
        // that first line: without streaming, the line would come only at the end, and never.
        var program = PythonProgram.FromCode($$"""
            import gilgrid, sys
            print("first")
            print("to stderr", file=sys.stderr)
            gilgrid.Queue({{PythonLiteral(go)}}).get(timeout=60)
            for i in range(3):
                print("after", i)
            """, []);
        var stdout = new WatchedWriter("first\n");
        var stderr = new StringWriter();
        var grid = new ClusterGrid(fixture.Grains);

        var run = grid.RunAsync(program, stdout, stderr);
        await stdout.Seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(run.IsCompleted);
        await fixture.Grains.GetGrain<IQueueGrain>(go).Put(WireNone.Instance, TimeSpan.FromSeconds(10));
        var outcome = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("first\nafter 0\nafter 1\nafter 2\n", stdout.ToString());
        Assert.Equal("to stderr\n", stderr.ToString());
    }

    private static string PythonLiteral(string text) => "'" + text + "'";

    /// <summary>Collects text and completes <see cref="Seen"/> once it holds an expected piece.</summary>
    private sealed class WatchedWriter(string expected) : StringWriter
    {
        public TaskCompletionSource Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Write(string? value)
        {
            base.Write(value);
            if (GetStringBuilder().ToString().Contains(expected))
                Seen.TrySetResult();
        }

        public override Encoding Encoding => Encoding.UTF8;
    }
}
