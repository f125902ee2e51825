using Xunit;
using GilGrid.Grains.Execution;

namespace GilGrid.Tests.Grid;

public sealed class CapturedOutputTests
{
    [Fact]
    public void Take_returns_what_was_written_since_the_last_take()
    {
        var output = new CapturedOutput();
        output.Write("one ");
        output.Write('2');
        output.WriteLine();

        Assert.Equal("one 2\n", output.Take());
        Assert.Equal("", output.Take());
    }

    [Fact]
    public void Output_past_the_limit_is_dropped_with_a_note()
    {
        var output = new CapturedOutput(maxChars: 5);
        output.Write("abc");
        output.Write("defgh");
        output.Write('i');

        Assert.Equal("abcde\n[gilgrid: output truncated, 4 more characters dropped]\n", output.Take());
        output.Write("xy");
        Assert.Equal("xy", output.Take());
    }
}
