using System.Text;
using GilGrid.Client.Repl;
using Xunit;

namespace GilGrid.Tests.Cli.Repl;

/// <summary>
/// Statement boundaries at the prompt. The prompts expected are those CPython 3.13 printed for the
/// same input piped to `python3 -i`.
/// </summary>
public sealed class InteractiveReaderTests
{
    private static (List<InteractiveEntry> Entries, string Prompts) ReadAll(string input)
    {
        var prompts = new StringBuilder();
        var reader = new InteractiveReader(new StringReader(input), p => prompts.Append(p));
        var entries = new List<InteractiveEntry>();
        while (reader.Next() is { } entry)
            entries.Add(entry);
        return (entries, prompts.ToString());
    }

    [Theory]
    [InlineData("x = (1,\n2)\n", ">>> ... >>> ", "x = (1,\n2)\n")]
    [InlineData("x = [\n\n1]\n", ">>> ... ... >>> ", "x = [\n\n1]\n")]
    [InlineData("if True: print(1)\n\n", ">>> ... >>> ", "if True: print(1)\n\n")]
    [InlineData("s = \"\"\"a\nb\"\"\"\n", ">>> ... >>> ", "s = \"\"\"a\nb\"\"\"\n")]
    [InlineData("x = 1 + \\\n2\n", ">>> ... >>> ", "x = 1 + \\\n2\n")]
    [InlineData("@staticmethod\ndef f(): pass\n\n", ">>> ... ... >>> ", "@staticmethod\ndef f(): pass\n\n")]
    [InlineData("for i in range(2):\n    print(i)\nelse:\n    print('e')\n\n", ">>> ... ... ... ... >>> ",
        "for i in range(2):\n    print(i)\nelse:\n    print('e')\n\n")]
    [InlineData("try:\n    1/0\nexcept ZeroDivisionError:\n    print('z')\n\n", ">>> ... ... ... ... >>> ",
        "try:\n    1/0\nexcept ZeroDivisionError:\n    print('z')\n\n")]
    [InlineData("\n  \nprint(1)\n", ">>> >>> >>> >>> ", "print(1)\n")]
    public void One_statement_per_entry(string input, string prompts, string source)
    {
        var (entries, seen) = ReadAll(input);

        var entry = Assert.Single(entries);
        Assert.Null(entry.Error);
        Assert.Equal(source, entry.Source);
        Assert.Equal(prompts, seen);
    }

    [Fact]
    public void Statements_follow_each_other()
    {
        var (entries, prompts) = ReadAll("def f():\n    return 1\n\nf()\nx = 2\n");

        Assert.Equal(["def f():\n    return 1\n\n", "f()\n", "x = 2\n"], entries.Select(e => e.Source));
        Assert.Equal(">>> ... ... >>> >>> >>> ", prompts);
    }

    [Theory]
    [InlineData("x = )\n", ">>> >>> ", "unmatched ')'", 1)]
    [InlineData("1 +\n", ">>> >>> ", "invalid syntax", 1)]
    public void A_syntax_error_is_reported_when_it_is_certain(string input, string prompts, string message, int line)
    {
        var (entries, seen) = ReadAll(input);

        var error = Assert.Single(entries).Error;
        Assert.Equal((message, line), (error?.PyMessage, error?.Line));
        Assert.Equal(prompts, seen);
    }

    [Fact]
    public void A_new_statement_right_after_a_block_is_an_error_at_its_start()
    {
        var (entries, prompts) = ReadAll("class A:\n    pass\nA\n");

        // CPython says "invalid syntax" here; the message is the parser's business, the place is ours.
        var error = Assert.Single(entries).Error;
        Assert.Equal((3, 1), (error?.Line, error?.Offset));
        Assert.Equal(">>> ... ... >>> ", prompts);
    }

    [Fact]
    public void An_empty_line_ends_a_block_even_without_its_body()
    {
        var (entries, prompts) = ReadAll("if 1:\n\n    print(2)\n\n");

        Assert.Equal(2, entries.Count);
        Assert.Equal("expected an indented block after 'if' statement on line 1", entries[0].Error?.PyMessage);
        Assert.Equal("unexpected indent", entries[1].Error?.PyMessage);
        Assert.Equal(">>> ... >>> >>> >>> ", prompts);
    }

    [Fact]
    public void The_end_of_input_finishes_a_pending_block()
    {
        var (entries, _) = ReadAll("if 1:\n    print(2)");

        Assert.Equal("if 1:\n    print(2)\n", Assert.Single(entries).Source);
    }
}
