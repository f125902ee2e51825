using GilGrid.Interp;
using GilGrid.Interp.Hosting;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

public sealed class StdinTests
{
    [Fact]
    public async Task A_run_program_reads_its_standard_input_with_input_and_sys_stdin()
    {
        var code = "import sys\nname = input('name? ')\nprint('hello', name)\nprint(sys.stdin.readlines())\ninput()\n";

        var result = await GilgridProcess.RunAsync(["run", "-c", code], stdin: "ann\nrow 1\nrow 2\n");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("name? hello ann\n['row 1\\n', 'row 2\\n']\n", result.Stdout);
        Assert.EndsWith("EOFError: EOF when reading a line\n", result.Stderr);
    }

    [Fact]
    public void An_interpreter_given_no_stdin_reads_an_empty_stream()
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated, new InterpreterOptions());

        var e = Assert.Throws<PythonException>(() => interp.Exec("input('prompt')"));

        Assert.Equal("EOFError", e.TypeName);
        Assert.Equal("''", interp.EvalRepr("__import__('sys').stdin.read()"));
    }
}
