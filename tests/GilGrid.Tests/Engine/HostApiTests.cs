using Xunit;
using System.Numerics;
using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Diagnostics;
using GilGrid.Interp.Runtime;

namespace GilGrid.Tests.Engine;

public class HostApiTests
{
    [Fact]
    public void ExecEvalCallAndPrepareMain()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        using var interp = new Interpreter(new InterpreterOptions { Stdout = stdout });
        interp.PrepareMain(new Dictionary<string, CrossValue> { ["base"] = CrossValue.From(10), ["name"] = CrossValue.From("x") });
        interp.Exec("def add(a, b=1, *, scale=1):\n    return (a + b) * scale + base\nprint(name, end='!', sep='')\n");
        Assert.Equal("x!", stdout.ToString());
        Assert.Equal(CrossValue.From(13), interp.Call("__main__", "add", [CrossValue.From(1), CrossValue.From(2)]));
        Assert.Equal(CrossValue.From(25), interp.Call("__main__", "add", [CrossValue.From(1), CrossValue.From(2)],
            new Dictionary<string, CrossValue> { ["scale"] = CrossValue.From(5) }));
        var tuple = new CrossTuple([CrossValue.From(1), CrossValue.From("a"), CrossValue.None, CrossValue.From(2.5), CrossValue.From(true)]);
        Assert.Equal(tuple, interp.EvalValue("(1, 'a', None, 2.5, True)"));
        Assert.Equal(CrossValue.From(BigInteger.Pow(2, 100)), interp.EvalValue("2 ** 100"));
        Assert.Equal("[1, 2]", interp.EvalRepr("[1, 2]"));
        Assert.Equal("NotShareableError", Assert.Throws<PythonException>(() => interp.EvalValue("object()")).TypeName);
    }

    [Fact]
    public void PythonErrorsAndSystemExitReachTheHost()
    {
        using var interp = new Interpreter(new InterpreterOptions { Stdout = TextWriter.Null });
        var e = Assert.Throws<PythonException>(() => interp.Exec("int('x')"));
        Assert.Equal("ValueError", e.TypeName);
        Assert.Equal("invalid literal for int() with base 10: 'x'", e.PyMessage);
        Assert.Equal(3, Assert.Throws<SystemExitException>(() => interp.Exec("import sys; sys.exit(3)")).ExitCode);
        var m = Assert.Throws<SystemExitException>(() => interp.Exec("raise SystemExit('bye')"));
        Assert.Equal((1, "bye"), (m.ExitCode, m.ExitMessage));
        var s = Assert.Throws<PythonException>(() => interp.Exec("def f(:\n    pass\n"));
        Assert.Equal("SyntaxError", s.TypeName);
    }

    [Fact]
    public void CodeObjectsAreSharedAndDisassemble()
    {
        var a = Interpreter.Compile("x = 1 + y\n", "m.py");
        var b = Interpreter.Compile("x = 1 + y\n", "m.py");
        Assert.Same(a, b);
        var listing = Disassembler.Disassemble(a);
        Assert.Contains("LoadName", listing);
        Assert.Contains("BinaryOp", listing);
        Assert.Contains("(+)", listing);
        var out1 = new StringWriter();
        var out2 = new StringWriter();
        using var i1 = new Interpreter(new InterpreterOptions { Stdout = out1 });
        using var i2 = new Interpreter(new InterpreterOptions { Stdout = out2 });
        i1.PrepareMain(new Dictionary<string, CrossValue> { ["y"] = CrossValue.From(1) });
        i2.PrepareMain(new Dictionary<string, CrossValue> { ["y"] = CrossValue.From(41) });
        i1.Exec(a);
        i2.Exec(a);
        Assert.Equal(CrossValue.From(2), i1.EvalValue("x"));
        Assert.Equal(CrossValue.From(42), i2.EvalValue("x"));
    }

    [Fact]
    public void InterpretersAreIsolatedAndBuiltinTypesImmutable()
    {
        using var i1 = new Interpreter(new InterpreterOptions { Stdout = TextWriter.Null });
        using var i2 = new Interpreter(new InterpreterOptions { Stdout = TextWriter.Null });
        i1.Exec("import sys\nsys.marker = 1\nclass C: pass\nlen = None\n");
        Assert.Equal(CrossValue.From(false), i2.EvalValue("hasattr(__import__('sys'), 'marker')"));
        Assert.Equal(CrossValue.From(3), i2.EvalValue("len('abc')"));
        var e = Assert.Throws<PythonException>(() => i2.Exec("int.x = 1"));
        Assert.Equal("cannot set 'x' attribute of immutable type 'int'", e.PyMessage);
        var e2 = Assert.Throws<PythonException>(() => i2.Exec("setattr(str, 'y', 1)"));
        Assert.Equal("cannot set 'y' attribute of immutable type 'str'", e2.PyMessage);
    }
}
