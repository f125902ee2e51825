using GilGrid.Interp;
using GilGrid.Interp.CrossInterpreter;
using GilGrid.Interp.Hosting;
using Xunit;

namespace GilGrid.Tests.Isolation;

/// <summary>What one interpreter changes is never seen by another.</summary>
public sealed class IsolationMatrixTests
{
    private static (Interpreter A, Interpreter B) Two() =>
        (new Interpreter(InterpreterConfig.Isolated), new Interpreter(InterpreterConfig.Isolated));

    [Fact]
    public void Module_globals_are_per_interpreter()
    {
        var (a, b) = Two();
        const string config = "value = 1\n";
        a.InstallModule("config", config);
        b.InstallModule("config", config);
        a.Exec("import config\nconfig.value = 10");
        Assert.Equal(CrossValue.From(1), b.EvalValue("__import__('config').value"));
        Assert.Equal(CrossValue.From(10), a.EvalValue("__import__('config').value"));
    }

    [Fact]
    public void Builtins_and_sys_changes_stay_local()
    {
        var (a, b) = Two();
        a.Exec("import builtins, sys\nbuiltins.len = lambda x: 42\nbuiltins.extra = 1\nsys.setrecursionlimit(5000)\nsys.flag = 'a'");
        Assert.Equal(CrossValue.From(42), a.EvalValue("len('xy')"));
        Assert.Equal(CrossValue.From(2), b.EvalValue("len('xy')"));
        var e = Assert.Throws<PythonException>(() => b.EvalValue("extra"));
        Assert.Equal("NameError", e.TypeName);
        Assert.Equal(CrossValue.From(1000), b.EvalValue("__import__('sys').getrecursionlimit()"));
        Assert.Equal(CrossValue.From(false), b.EvalValue("hasattr(__import__('sys'), 'flag')"));
    }

    [Fact]
    public void Sys_modules_is_per_interpreter()
    {
        var (a, b) = Two();
        a.Exec("import sys\nsys.modules['fake'] = 'planted'");
        Assert.Equal(CrossValue.From(false), b.EvalValue("'fake' in __import__('sys').modules"));
        Assert.False(ReferenceEquals(a.Eval("__import__('sys').modules"), b.Eval("__import__('sys').modules")));
    }

    [Fact]
    public void Classes_made_by_python_code_belong_to_their_interpreter()
    {
        var (a, b) = Two();
        const string source = "class Point:\n    pass\n";
        a.InstallModule("shapes", source);
        b.InstallModule("shapes", source);
        var pa = a.Eval("__import__('shapes').Point");
        var pb = b.Eval("__import__('shapes').Point");
        Assert.NotSame(pa, pb);
        // Builtin types, by contrast, are the same objects everywhere.
        Assert.Same(a.Eval("int"), b.Eval("int"));
    }

    [Fact]
    public void Native_module_state_is_per_interpreter()
    {
        var (a, b) = Two();
        a.Exec("import _testmultiphase as m\nm.bump(); m.bump()");
        Assert.Equal(CrossValue.From(3), a.EvalValue("m.bump()"));
        Assert.Equal(CrossValue.From(1), b.EvalValue("__import__('_testmultiphase').bump()"));
        Assert.NotSame(a.Eval("m"), b.Eval("__import__('_testmultiphase')"));
    }

    [Theory]
    [InlineData("int.x = 1", "cannot set 'x' attribute of immutable type 'int'")]
    [InlineData("list.append = 1", "cannot set 'append' attribute of immutable type 'list'")]
    [InlineData("del str.upper", "cannot set 'upper' attribute of immutable type 'str'")]
    [InlineData("import interpreters\ninterpreters.Queue.put = 1", "cannot set 'put' attribute of immutable type 'Queue'")]
    [InlineData("import interpreters\ninterpreters.NotShareableError.x = 1", "cannot set 'x' attribute of immutable type 'NotShareableError'")]
    public void Builtin_types_are_immutable(string source, string message)
    {
        using var interp = new Interpreter(InterpreterConfig.Isolated);
        var e = Assert.Throws<PythonException>(() => interp.Exec(source));
        Assert.Equal("TypeError", e.TypeName);
        Assert.Equal(message, e.PyMessage);
    }

    [Fact]
    public void A_legacy_native_module_is_refused_in_isolated_interpreters_only()
    {
        using var isolated = new Interpreter(InterpreterConfig.Isolated);
        var e = Assert.Throws<PythonException>(() => isolated.Exec("import _testsinglephase"));
        Assert.Equal("ImportError", e.TypeName);
        Assert.Equal("module _testsinglephase does not support loading in subinterpreters", e.PyMessage);
        Assert.Equal(CrossValue.From(false), isolated.EvalValue("'_testsinglephase' in __import__('sys').modules"));

        using var main = new Interpreter(InterpreterConfig.Main);
        main.Exec("import _testsinglephase");
        using var legacy = new Interpreter(InterpreterConfig.Legacy);
        legacy.Exec("import _testsinglephase");
        // Its state is process-wide: both interpreters bump one counter.
        var first = (CrossInt)main.EvalValue("_testsinglephase.bump()");
        var second = (CrossInt)legacy.EvalValue("_testsinglephase.bump()");
        Assert.True(second.Value > first.Value);
    }

    [Fact]
    public void Subinterpreters_created_from_python_are_isolated_too()
    {
        var output = ShareableTests.Run("""
            import interpreters
            x = 'main'
            interp = interpreters.create()
            interp.exec("x = 'sub'\nimport sys\nsys.tag = 1")
            print(x, interp.call(eval, 'x'))
            import sys
            print(hasattr(sys, 'tag'))
            try:
                interp.exec('import _testsinglephase')
            except interpreters.ExecutionFailed as e:
                print(e.excinfo.type.__name__, e.excinfo.msg)
            """);
        Assert.Equal("main sub\nFalse\nImportError module _testsinglephase does not support loading in subinterpreters\n", output);
    }

    [Fact]
    public void Subclasses_of_builtin_types_are_recorded_per_interpreter()
    {
        var (a, b) = Two();
        // Both interpreters subclass the shared `Exception` in parallel (a shared list would race).
        Parallel.Invoke(
            () => a.Exec("for i in range(300):\n    class MineA(Exception): pass\n"),
            () => b.Exec("for i in range(300):\n    class MineB(Exception): pass\n"));
        // The builtin subclasses (ArithmeticError...) are listed too, as in CPython; the other interpreter's are not.
        Assert.Equal(CrossValue.From(true), a.EvalValue(
            "(lambda names: 'MineA' in names and 'MineB' not in names and 'ArithmeticError' in names)"
            + "([c.__name__ for c in Exception.__subclasses__()])"));
        Assert.Equal(CrossValue.From(true), b.EvalValue("'MineB' in {c.__name__ for c in Exception.__subclasses__()}"));
    }
}
