using GilGrid.Interp;
using GilGrid.Interp.Runtime;
using Xunit;

namespace GilGrid.Tests.Stdlib.Core;

public class MathModuleTests
{
    [Fact]
    public void LongIntegerLoopsStopAtTheDeadline()
    {
        using var interp = new Interpreter(new InterpreterOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        var started = DateTime.UtcNow;
        Assert.Throws<ExecutionInterruptedException>(() => interp.Exec("import math\nmath.factorial(10**7)"));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void FsumIsCorrectlyRounded()
    {
        using var interp = new Interpreter();
        interp.Exec("import math");
        Assert.Equal("1.0", interp.EvalRepr("math.fsum([0.1] * 10)"));
        Assert.Equal("1e-100", interp.EvalRepr("math.fsum([1e100, 1e-100, -1e100])"));
    }

    [Fact]
    public void BigIntegerLogarithms()
    {
        using var interp = new Interpreter();
        interp.Exec("import math");
        Assert.Equal("921.0340371976182", interp.EvalRepr("math.log(10**400)"));
        Assert.Equal("400.0", interp.EvalRepr("math.log10(10**400)"));
        Assert.Equal("10000000000", interp.EvalRepr("math.isqrt(10**20 + 5)"));
    }
}
