using Xunit;
namespace GilGrid.Tests.Engine;

// Expected outputs were produced by CPython 3.13 for the same programs.
public class LanguageTests
{
    [Theory]
    [InlineData("print(1 + 2, 7 // 2, -7 // 2, -7 % 3, 7 / 2, 2 ** 100)", "3 3 -4 2 3.5 1267650600228229401496703205376\n")]
    [InlineData("print(0.1 + 0.2, 1e16, 1e-5, 123456789.0, -0.0, float('inf'))", "0.30000000000000004 1e+16 1e-05 123456789.0 -0.0 inf\n")]
    [InlineData("print(round(2.675, 2), round(2.5), round(-0.5), 10**20 // 7, (10**20) / 7)", "2.67 2 0 14285714285714285714 1.4285714285714287e+19\n")]
    [InlineData("a, *b, c = range(6); print(a, b, c)", "0 [1, 2, 3, 4] 5\n")]
    [InlineData("print([x * x for x in range(5) if x % 2], {k: v for k, v in zip('ab', (1, 2))})", "[1, 9] {'a': 1, 'b': 2}\n")]
    [InlineData("print({3, 5, 4}, {10, 1, 100, 7, 33, 8, 16, 1000, -1, -5})", "{3, 4, 5} {1, 33, 100, 7, 8, 1000, 10, 16, -5, -1}\n")]
    [InlineData("x = 5\nprint(f'{x!r:>4}|{x:04d}|{x * 1.5:.2f}|{\"s\"!r}')", "   5|0005|7.50|'s'\n")]
    [InlineData("print(1 < 2 < 3, 1 < 3 < 2, not [], [] or 'x', 0 and 1)", "True False True x 0\n")]
    public void Expressions(string source, string expected) => Assert.Equal(expected, EngineHarness.Out(source));

    [Fact]
    public void FunctionsBindEveryParameterKind()
    {
        const string src = """
            def f(a, b=2, /, c=3, *args, d, e=5, **kw):
                return (a, b, c, args, d, e, sorted(kw))
            print(f(1, d=4))
            print(f(1, 2, 3, 4, 5, d=6, z=7, y=8))
            for call in ("f()", "f(1, 2, 3)", "f(1, d=1, c=2, **{'c': 3})", "f(a=1, d=2)"):
                try:
                    eval(call)
                except TypeError as e:
                    print(e)
            """;
        Assert.Equal("""
            (1, 2, 3, (), 4, 5, [])
            (1, 2, 3, (4, 5), 6, 5, ['y', 'z'])
            f() missing 1 required positional argument: 'a'
            f() missing 1 required keyword-only argument: 'd'
            __main__.f() got multiple values for keyword argument 'c'
            f() missing 1 required positional argument: 'a'

            """.Replace("\r", ""), EngineHarness.Out(src));
    }

    [Fact]
    public void ClosuresClassesAndSuper()
    {
        const string src = """
            def counter():
                n = 0
                def inc():
                    nonlocal n
                    n += 1
                    return n
                return inc
            c = counter(); c(); c()
            print(c())
            class A:
                def __init__(self, v): self.v = v
                def __repr__(self): return f"{type(self).__name__}({self.v})"
            class B(A):
                def __init__(self, v): super().__init__(v * 10)
            print(B(3), B.__mro__, B.__static_attributes__ if hasattr(B, '__static_attributes__') else None, A.__static_attributes__)
            """;
        Assert.Equal("3\nB(30) (<class '__main__.B'>, <class '__main__.A'>, <class 'object'>) () ('v',)\n", EngineHarness.Out(src));
    }

    [Fact]
    public void GeneratorsDelegateSendThrowAndClose()
    {
        const string src = """
            def inner():
                try:
                    x = yield 1
                    print("got", x)
                    yield 2
                except KeyError:
                    print("inner caught")
                    yield 3
                return "done"
            def outer():
                r = yield from inner()
                print("result", r)
                yield 4
            g = outer()
            print(next(g), g.send("hi"), g.throw(KeyError), next(g))
            print(list(x * 2 for x in range(3)), g.close())
            """;
        Assert.Equal("got hi\ninner caught\nresult done\n1 2 3 4\n[0, 2, 4] None\n", EngineHarness.Out(src));
    }

    [Fact]
    public void MatchStatement()
    {
        const string src = """
            class P:
                __match_args__ = ("x", "y")
                def __init__(self, x, y): self.x, self.y = x, y
            def f(v):
                match v:
                    case 0 | 1: return "small"
                    case [x, *rest] if x > 5: return f"list {x} {rest}"
                    case {"k": val, **others}: return f"map {val} {others}"
                    case P(0, y=yy): return f"point on axis {yy}"
                    case str() as s: return "str " + s
                    case _: return "other"
            for v in (1, [9, 8, 7], [1], {"k": 2, "z": 3}, P(0, 5), "hi", 3.5):
                print(f(v))
            """;
        Assert.Equal("small\nlist 9 [8, 7]\nother\nmap 2 {'z': 3}\npoint on axis 5\nstr hi\nother\n", EngineHarness.Out(src));
    }

    [Fact]
    public void AsyncCoroutinesRunOnSend()
    {
        const string src = """
            class Sleep:
                def __await__(self):
                    yield "tick"
                    return 7
            async def agen():
                for i in range(2):
                    yield i
            async def main():
                v = await Sleep()
                out = [x async for x in agen()]
                return v, out
            c = main()
            print(c.send(None))
            try:
                c.send(None)
            except StopIteration as e:
                print(e.value)
            """;
        Assert.Equal("tick\n(7, [0, 1])\n", EngineHarness.Out(src));
    }

    [Fact]
    public void ExceptStarSplitsGroups()
    {
        const string src = """
            try:
                raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
            except* ValueError as e:
                print("values", e.exceptions)
            except* TypeError as e:
                print("types", e.exceptions)
            """;
        Assert.Equal("values (ValueError(1), ValueError(3))\ntypes (TypeError(2),)\n", EngineHarness.Out(src));
    }
}
