using GilGrid.Interp.Syntax;
using Xunit;
using Assert = Xunit.Assert;

namespace GilGrid.Tests.Syntax;

/// <summary>
/// PythonParser.IsIncompleteInput against CPython 3.13's compile(src, "&lt;input&gt;", "single",
/// flags=PyCF_ALLOW_INCOMPLETE_INPUT): "incomplete input", a complete statement, or another error.
/// </summary>
public class IncompleteInputTests
{
    [Theory]
    [InlineData("if x:\n", "incomplete")]
    [InlineData("if x:", "incomplete")]
    [InlineData("x = (1,\n", "incomplete")]
    [InlineData("x = [\n 1,\n", "incomplete")]
    [InlineData("s = \"\"\"abc\n", "incomplete")]
    [InlineData("x = 1 +\n", "error")]
    [InlineData("@d\n", "incomplete")]
    [InlineData("def f():\n", "incomplete")]
    [InlineData("x = 1\n", "complete")]
    [InlineData("if x:\n  y\n", "complete")]
    [InlineData("'abc\n", "error")]
    [InlineData("x = \\\n", "incomplete")]
    [InlineData("class A:\n  def f(self):\n", "incomplete")]
    [InlineData("for x in y:\n  pass\nelse:\n", "incomplete")]
    [InlineData("try:\n  pass\n", "incomplete")]
    [InlineData("x y\n", "error")]
    [InlineData("f(a b\n", "error")]
    [InlineData("x = {\n", "incomplete")]
    [InlineData("lambda:\n", "error")]
    [InlineData("print(\"hi\"\n", "incomplete")]
    [InlineData("(\n", "incomplete")]
    [InlineData(")\n", "error")]
    [InlineData("x = f\"{\n", "incomplete")]
    [InlineData("x = f\"\"\"{a}\n", "incomplete")]
    public void MatchesCPython(string source, string expected)
    {
        bool incomplete = PythonParser.IsIncompleteInput(source, "<input>");
        bool parses;
        try { PythonParser.ParseInteractive(source, "<input>"); parses = true; }
        catch (SyntaxErrorException) { parses = false; }
        string actual = incomplete ? "incomplete" : parses ? "complete" : "error";
        Assert.Equal(expected, actual);
    }
}
