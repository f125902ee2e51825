using Xunit;
namespace GilGrid.Tests.Engine;

// Expected outputs were produced by CPython 3.13 for the same programs.
public class CompilerFeatureTests
{
    [Fact]
    public void SymbolTableErrorsHaveCPythonMessagesAndPositions()
    {
        const string src = """
            cases = [
                "return 5",
                "x = 1\nbreak",
                "for i in []:\n    def f():\n        continue",
                "class C:\n    yield 1",
                "await x",
                "def f():\n    await x",
                "async def f():\n    lambda: await x",
                "f(a=1, b=2, a=3)",
                "def f(a, b, a): pass",
                "lambda a, a: 1",
                "nonlocal x",
                "def f():\n    nonlocal x",
                "def f():\n    print(x)\n    global x",
                "def f(x):\n    global x",
                "def f(x):\n    nonlocal x",
                "def f():\n    x = 1\n    global x",
                "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
                "async def f():\n    yield 1\n    return 2",
                "async def f():\n    yield from x",
                "def f():\n    from os import *",
                "def f():\n    [await x for x in y]",
                "def f[T, T](): pass",
                "class C:\n    nonlocal x",
            ]
            for src in cases:
                try:
                    compile(src, "<s>", "exec")
                    print("compiled", repr(src))
                except SyntaxError as e:
                    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
            """;
        const string expected = """
            'return' outside function 1 1 1 9
            'break' outside loop 2 1 2 6
            'continue' not properly in loop 3 9 3 17
            'yield' outside function 2 5 2 12
            'await' outside function 1 1 1 8
            'await' outside async function 2 5 2 12
            'await' outside async function 2 13 2 20
            keyword argument repeated: a 1 13 1 16
            duplicate argument 'a' in function definition 1 13 1 14
            duplicate argument 'a' in function definition 1 11 1 12
            nonlocal declaration not allowed at module level 1 1 1 11
            no binding for nonlocal 'x' found 2 5 2 15
            name 'x' is used prior to global declaration 3 5 3 13
            name 'x' is parameter and global 2 5 2 13
            name 'x' is parameter and nonlocal 2 5 2 15
            name 'x' is assigned to before global declaration 3 5 3 13
            name 'x' is nonlocal and global 4 9 4 17
            'return' with value in async generator 3 5 3 13
            'yield from' inside async function 2 5 2 17
            import * only allowed at module level 2 20 2 21
            asynchronous comprehension outside of an asynchronous function 2 5 2 25
            duplicate type parameter 'T' 1 10 1 11
            no binding for nonlocal 'x' found 2 5 2 15

            """;
        Assert.Equal(expected, EngineHarness.Out(src));
    }

    [Fact]
    public void TypeParametersAndTypeAliases()
    {
        const string src = """
            type A[T: int, *Ts, **P] = list[T]
            print(A, A.__type_params__, A.__value__)
            T0, Ts, P = A.__type_params__
            print(T0.__bound__, T0.__name__, type(T0).__name__, type(Ts).__name__, type(P).__name__, P.__bound__)
            type B[S: (int, str)] = S
            print(B.__type_params__[0].__constraints__)
            class C:
                def m[U](self, x: U) -> U:
                    return x
                class D[V]:
                    "doc"
                    def g(self): return V
            print(C.m.__qualname__, C().m(3), C.D.__qualname__, C.D.__doc__, C.D.__type_params__, C.D().g())
            def deco(f):
                print("deco", f.__name__)
                return f
            @deco
            def h[X](a=1): return X
            print(h())
            type Rec = list[Rec]
            print(Rec.__value__)
            try:
                A[int] ; type N = int; N[int]
            except TypeError as e: print(e)
            """;
        const string expected = """
            A (T, Ts, P) list[T]
            <class 'int'> T TypeVar TypeVarTuple ParamSpec None
            (<class 'int'>, <class 'str'>)
            C.m 3 C.D doc (V,) V
            deco h
            X
            list[Rec]
            Only generic type aliases are subscriptable

            """;
        Assert.Equal(expected, EngineHarness.Out(src));
    }

    [Fact]
    public void ForLoopClosesTheFreshGeneratorItLeavesEarly()
    {
        const string src = """
            def g(n):
                try:
                    for i in range(n):
                        yield i
                finally:
                    print("finally", n)
            for x in g(5):
                if x == 1: break
            print("after break")
            def f():
                for x in g(6):
                    return x
            print(f())
            try:
                for x in g(7):
                    raise KeyError(x)
            except KeyError as e:
                print("caught", e)
            it = g(8)
            for x in it:
                break
            print("still suspended")
            print(next(it))
            it.close()
            for x in g(2): pass
            print([x for x in g(3)])
            def bad():
                try:
                    yield 1
                finally:
                    raise ValueError("boom")
            for x in bad():
                break
            print("done")
            """;
        const string expected = """
            finally 5
            after break
            finally 6
            0
            finally 7
            caught 0
            still suspended
            1
            finally 8
            finally 2
            finally 3
            [0, 1, 2]
            done

            """;
        var r = EngineHarness.Run(src);
        Assert.Equal(expected, r.Stdout);
        // An error raised by close() is reported the way CPython's finaliser reports it.
        Assert.StartsWith("Exception ignored in: <generator object bad at 0x", r.Stderr);
        Assert.EndsWith("""
              File "/tmp/pyt/t.py", line 31, in bad
                raise ValueError("boom")
            ValueError: boom

            """, r.Stderr);
    }

    [Fact]
    public void CompilerErrorTextIsNoneForPseudoFilesAndTheLineForFiles()
    {
        const string src = """
            for src in ["f(a=1,a=2)", "x = 1\nreturn 1"]:
                try: compile(src, "<s>", "exec")
                except SyntaxError as e: print(repr(e.text), e.lineno, e.offset)
                try: compile(src, "/tmp/pyt/m.py", "exec")
                except SyntaxError as e: print(repr(e.text), e.lineno, e.offset)
            """;
        const string expected = """
            None 1 7
            'f(a=1,a=2)\n' 1 7
            None 2 1
            'return 1\n' 2 1

            """;
        Assert.Equal(expected, EngineHarness.Out(src));
    }
}
