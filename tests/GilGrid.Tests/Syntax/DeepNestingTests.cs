using GilGrid.Interp.Syntax;
using Xunit;
using Assert = Xunit.Assert;
using Attribute = GilGrid.Interp.Syntax.Attribute;

namespace GilGrid.Tests.Syntax;

/// <summary>Deeply nested source must end in a SyntaxError (as CPython's limits), never a crash.</summary>
public class DeepNestingTests
{
    private const string TooComplex = "Parser stack overflowed - Python source too complex to parse";

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    private static SyntaxErrorException Fails(string src) =>
        Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule(src, "<deep>"));

    [Fact]
    public void TenThousandParenthesesHitTheTokenizerLimit()
    {
        var e = Fails(Repeat("(", 10000) + "1" + Repeat(")", 10000));
        Assert.Equal("too many nested parentheses", e.PyMessage);
        Assert.Equal(201, e.Offset);
    }

    [Theory]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("f(")]
    public void OtherBracketsHitTheSameLimit(string open) =>
        Assert.Equal("too many nested parentheses", Fails(Repeat(open, 10000)).PyMessage);

    [Theory]
    [InlineData("-", "1")]
    [InlineData("not ", "1")]
    [InlineData("~", "x")]
    [InlineData("a if b else ", "c")]
    [InlineData("lambda: ", "1")]
    public void LongPrefixChainsAreTooComplex(string unit, string tail) =>
        Assert.Equal(TooComplex, Fails(Repeat(unit, 100000) + tail).PyMessage);

    [Fact]
    public void LongPowerChainIsTooComplex() =>
        Assert.Equal(TooComplex, Fails(string.Join("**", Enumerable.Repeat("2", 100000))).PyMessage);

    [Fact]
    public void CPythonsAcceptedDepthsParse()
    {
        // CPython 3.13 accepts 5968 unary minuses and 2985 chained powers.
        var m = PythonParser.ParseModule(Repeat("-", 5968) + "1", "<deep>");
        Assert.Single(m.Body);
        PythonParser.ParseModule(string.Join("**", Enumerable.Repeat("2", 2985)), "<deep>");
        PythonParser.ParseModule(Repeat("(", 200) + "1" + Repeat(")", 200), "<deep>");
    }

    [Fact]
    public void DeepIndentationIsAnIndentationError()
    {
        var src = string.Concat(Enumerable.Range(0, 150).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 150) + "pass\n";
        var e = Fails(src);
        Assert.Equal("too many levels of indentation", e.PyMessage);
        Assert.Equal(SyntaxErrorKind.IndentationError, e.Kind);
    }

    [Fact]
    public void SmallStackThreadGetsSyntaxErrorNotCrash()
    {
        // 64 KB of stack: the depth counter alone would allow far more frames than fit.
        Exception? caught = null;
        var t = new Thread(() =>
        {
            try { PythonParser.ParseModule(Repeat("-", 5900) + "1", "<deep>"); }
            catch (Exception e) { caught = e; }
        }, 64 * 1024);
        t.Start();
        t.Join();
        var se = Assert.IsType<SyntaxErrorException>(caught);
        Assert.Equal(TooComplex, se.PyMessage);
    }

    [Fact]
    public void LongFlatChainsParseIteratively()
    {
        // Left-associative chains are loops in the parser; the (deep) tree is the compiler's concern.
        var m = PythonParser.ParseModule("a" + Repeat(".b", 100000), "<deep>");
        Assert.IsType<Attribute>(((ExprStmt)m.Body[0]).Value);
        PythonParser.ParseModule(string.Join("+", Enumerable.Repeat("1", 100000)), "<deep>");
    }
}
