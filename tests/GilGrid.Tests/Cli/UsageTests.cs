using Xunit;
using GilGrid.Client.Commands;
using GilGrid.Tests.TestSupport;

namespace GilGrid.Tests.Cli;

/// <summary>Command-line usage that does not need Python to run: help, version, bad usage.</summary>
public sealed class UsageTests
{
    [Fact]
    public async Task Version_names_gilgrid_and_the_python_language()
    {
        var result = await GilgridProcess.RunAsync("--version");

        Assert.Matches(@"^\d+\.\d+\.\d+", CommandLine.Version);
        Assert.Equal(new ProcessResult(0, $"gilgrid {CommandLine.Version} (Python 3.13 language)\n", ""), result);
    }

    [Fact]
    public async Task Help_lists_the_run_command()
    {
        var result = await GilgridProcess.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("usage: gilgrid <command> [options] [args...]\n", result.Stdout);
        Assert.Contains("\n  run ", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    [Fact]
    public async Task Run_help_describes_its_forms()
    {
        var result = await GilgridProcess.RunAsync("run", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("usage: gilgrid run [-h] [--cluster GATEWAYS] [--clustering dev|redis|postgres] [--redis HOST:PORT] " +
            "[--postgres CONN] [--cluster-id ID] (-c CODE | -m MODULE | FILE | -) [ARGS...]\n", result.Stdout);
    }

    [Theory]
    [InlineData(new string[0], "gilgrid: a command is required", "gilgrid")]
    [InlineData(new[] { "frobnicate" }, "gilgrid: unknown command 'frobnicate'", "gilgrid")]
    [InlineData(new[] { "--frobnicate" }, "gilgrid: unknown option '--frobnicate'", "gilgrid")]
    [InlineData(new[] { "run" }, "gilgrid run: a program is required: FILE, -c CODE, -m MODULE or -", "gilgrid run")]
    [InlineData(new[] { "run", "-c" }, "gilgrid run: argument expected for the -c option", "gilgrid run")]
    [InlineData(new[] { "run", "-q", "x.py" }, "gilgrid run: unknown option -q", "gilgrid run")]
    public async Task Bad_usage_is_a_message_usage_line_and_exit_2(string[] args, string message, string command)
    {
        var result = await GilgridProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var lines = result.Stderr.Split('\n');
        Assert.Equal(message, lines[0]);
        Assert.StartsWith($"usage: {command} ", lines[1]);
        Assert.Equal($"Try '{command} --help' for more information.", lines[2]);
        Assert.Equal("", lines[3]);
        Assert.Equal(4, lines.Length);
    }
}
