using Xunit;
namespace GilGrid.Tests.Engine;

// KeyError, IndexError, AttributeError and ZeroDivisionError from exact builtin operands are raised
// by the dispatch loop as Python state, without a .NET exception. Expected output produced by
// CPython 3.13 for the same program.
public class LoopRaisedErrorTests
{
    /// <summary>Messages, args, the attributes of AttributeError, a __getattr__ hook's own error,
    /// __missing__ of a dict subclass, traceback carets and exception context.</summary>
    [Fact]
    public void ErrorsRaisedWithoutNetExceptionsMatchCPython()
    {
        const string src = """
            import traceback
            d = {"a": 1}
            for key in ("a", "b", (1, 2)):
                try:
                    print(d[key])
                except KeyError as e:
                    print("KeyError", e.args, repr(e))
            try:
                d[[1]]
            except TypeError as e:
                print("TypeError:", e)
            class M(dict):
                def __missing__(self, k):
                    return "missing " + k
            print(M()["x"])
            for seq in ([1, 2], (1, 2)):
                for i in (1, -2, 2, -3):
                    try:
                        print(seq[i])
                    except IndexError as e:
                        print("IndexError:", e)
            class P:
                def __init__(self):
                    self.a = 1
            p = P()
            for _ in range(2):
                try:
                    p.b
                except AttributeError as e:
                    print("AttributeError:", e, e.name, e.obj is p)
            class H:
                def __getattr__(self, name):
                    raise AttributeError(f"hook says no to {name}")
            try:
                H().zzz
            except AttributeError as e:
                print("AttributeError:", e)
            def f():
                return {}["k"]
            try:
                f()
            except KeyError:
                print(traceback.format_exc().splitlines()[-3:])
            try:
                try:
                    [][0]
                except IndexError:
                    1 / 0
            except ZeroDivisionError as e:
                print("context:", repr(e.__context__))
            """;
        Assert.Equal("""
            1
            KeyError ('b',) KeyError('b')
            KeyError ((1, 2),) KeyError((1, 2))
            TypeError: unhashable type: 'list'
            missing x
            2
            1
            IndexError: list index out of range
            IndexError: list index out of range
            2
            1
            IndexError: tuple index out of range
            IndexError: tuple index out of range
            AttributeError: 'P' object has no attribute 'b' b True
            AttributeError: 'P' object has no attribute 'b' b True
            AttributeError: hook says no to zzz
            ['    return {}["k"]', '           ~~^^^^^', "KeyError: 'k'"]
            context: IndexError('list index out of range')

            """.Replace("\r", ""), EngineHarness.Out(src));
    }
}
