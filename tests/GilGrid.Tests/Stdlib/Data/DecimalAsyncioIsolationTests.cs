using GilGrid.Interp;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>decimal's current context and asyncio's loops belong to one interpreter.</summary>
public class DecimalAsyncioIsolationTests
{
    [Fact]
    public void DecimalPrecisionSetInOneInterpreterDoesNotReachAnother()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import decimal\ndecimal.getcontext().prec = 5\ndecimal.DefaultContext.prec = 7");
        b.Exec("import decimal");
        Assert.Equal("'0.33333'", a.EvalRepr("str(decimal.Decimal(1) / 3)"));
        Assert.Equal("'0.3333333333333333333333333333'", b.EvalRepr("str(decimal.Decimal(1) / 3)"));
        Assert.Equal("(28, 28)", b.EvalRepr("(decimal.getcontext().prec, decimal.DefaultContext.prec)"));
    }

    [Fact]
    public void AsyncioRunsInTwoInterpretersWithTheirOwnLoops()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        const string program = "import asyncio\nasync def main(n):\n    await asyncio.sleep(0.01)\n    return [n, type(asyncio.get_running_loop()).__name__]\n";
        a.Exec(program + "result = asyncio.run(main('a'))");
        b.Exec(program + "result = asyncio.run(main('b'))");
        Assert.Equal("['a', 'EventLoop']", a.EvalRepr("result"));
        Assert.Equal("['b', 'EventLoop']", b.EvalRepr("result"));
    }
}
