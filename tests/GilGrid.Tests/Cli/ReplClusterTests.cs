using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>`gilgrid repl --cluster`: the prompt's interpreter is a grain, so its state outlives the session.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplClusterTests(ClusterFixture fixture)
{
    [Fact]
    public async Task State_outlives_the_session()
    {
        string[] args = ["repl", .. fixture.CliClusterArgs, "--interp", "repl-kept"];

        var first = await GilgridProcess.RunAsync(args, stdin: "answer = 41\nprint('set')\n");
        var second = await GilgridProcess.RunAsync(args, stdin: "answer + 1\n1/0\n");

        Assert.Equal((0, "set\n"), (first.ExitCode, first.Stdout));
        Assert.Equal((0, "42\n"), (second.ExitCode, second.Stdout));
        Assert.Contains(">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n", second.Stderr);
        Assert.EndsWith("ZeroDivisionError: division by zero\n>>> ", second.Stderr);
    }
}
