using GilGrid.Client.Commands;
using GilGrid.Tests.TestSupport;
using Xunit;

namespace GilGrid.Tests.Cli;

/// <summary>
/// `gilgrid repl` with redirected stdin, through the real executable. Expected stdout and prompt
/// sequences are CPython 3.13's for the same input piped to `python3 -i`.
/// </summary>
public sealed class ReplCommandTests
{
    private static readonly string Banner =
        $"gilgrid {CommandLine.Version} (Python {CommandLine.PythonLanguageVersion} language)\nCtrl-D leaves.\n";

    [Fact]
    public async Task Echoes_expression_values_and_runs_blocks()
    {
        var result = await GilgridProcess.RunAsync(["repl"], stdin: """
            x = 5
            if x:
                print("yes")

            x
            def f(a):
                return a * 2

            f(21)
            _ + 1
            None
            "a\nb"
            [i * i for i in range(4)]

            """);

        Assert.Equal(new ProcessResult(0, """
            yes
            5
            42
            43
            'a\nb'
            [0, 1, 4, 9]

            """, Banner + ">>> >>> ... ... >>> >>> ... ... >>> >>> >>> >>> >>> >>> "), result);
    }

    [Fact]
    public async Task Errors_are_reported_and_the_prompt_goes_on()
    {
        var result = await GilgridProcess.RunAsync(["repl"], stdin: "1/0\nx = )\nprint('still here')\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("still here\n", result.Stdout);
        var afterBanner = result.Stderr[Banner.Length..];
        Assert.StartsWith(">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n", afterBanner);
        Assert.EndsWith("""
            ZeroDivisionError: division by zero
            >>>   File "<stdin>", line 1
                x = )
                    ^
            SyntaxError: unmatched ')'
            >>> >>> 
            """, afterBanner);
    }

    [Fact]
    public async Task SystemExit_leaves_with_its_code()
    {
        var result = await GilgridProcess.RunAsync(["repl"], stdin: "import sys\nsys.exit(4)\nprint('not reached')\n");

        Assert.Equal(new ProcessResult(4, "", Banner + ">>> >>> "), result);
    }
}
