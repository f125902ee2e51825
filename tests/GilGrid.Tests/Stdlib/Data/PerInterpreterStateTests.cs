using GilGrid.Interp;
using Xunit;

namespace GilGrid.Tests.Stdlib.Data;

/// <summary>Module state of the data modules belongs to one interpreter (issue 8's isolation proof).</summary>
public class PerInterpreterStateTests
{
    [Fact]
    public void SeedingRandomInOneInterpreterDoesNotMoveAnother()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        using var reference = new Interpreter();
        a.Exec("import random\nrandom.seed(1)\nfirst = random.random()");
        // b reseeds and draws in between: a's generator must not notice.
        b.Exec("import random\nrandom.seed(999)\nfor _ in range(10): random.random()");
        a.Exec("second = random.random()");
        reference.Exec("import random\nrandom.seed(1)\nfirst = random.random()\nsecond = random.random()");
        Assert.Equal(reference.EvalRepr("(first, second)"), a.EvalRepr("(first, second)"));
        Assert.NotEqual(a.EvalRepr("random.random()"), b.EvalRepr("random.random()"));
    }

    [Fact]
    public void EachInterpreterImportsItsOwnModuleObjects()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import json, re, random\njson.marker = 1\nre.marker = 1\nrandom.marker = 1");
        b.Exec("import json, re, random");
        Assert.Equal("(False, False, False)", b.EvalRepr("(hasattr(json, 'marker'), hasattr(re, 'marker'), hasattr(random, 'marker'))"));
        Assert.Equal("(True, True, True)", a.EvalRepr("(hasattr(json, 'marker'), hasattr(re, 'marker'), hasattr(random, 'marker'))"));
    }

    [Fact]
    public void RegexErrorsAreEachInterpreterOwnClass()
    {
        using var a = new Interpreter();
        using var b = new Interpreter();
        a.Exec("import re\nre.error.extra = 1");
        b.Exec("import re\ntry:\n    re.compile('(')\nexcept re.error as e:\n    caught = str(e)");
        Assert.Equal("'missing ), unterminated subpattern at position 0'", b.EvalRepr("caught"));
        Assert.Equal("False", b.EvalRepr("hasattr(re.error, 'extra')"));
    }
}
