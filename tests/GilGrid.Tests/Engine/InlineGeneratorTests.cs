using Xunit;
namespace GilGrid.Tests.Engine;

// `for` over a generator and `yield from` a generator resume its frame inside the dispatch loop
// (Vm/InlineGenerators.cs). Expected output produced by CPython 3.13 for the same program.
public class InlineGeneratorTests
{
    /// <summary>Values, return values, exceptions leaving the generator, StopIteration turned into
    /// RuntimeError, exception state kept apart, re-entry refused, and a 3000-deep `yield from`
    /// chain on the default stack (it used to need one native re-entry per level).</summary>
    [Fact]
    public void GeneratorsResumedInTheLoopBehaveAsResumedNatively()
    {
        const string src = """
            import sys

            def count(n):
                for i in range(n):
                    yield i
                return "done"

            print(list(count(3)), [x * 2 for x in count(4)], sum(count(100)))

            def failing():
                yield 1
                raise ValueError("inside")

            try:
                for x in failing():
                    print("got", x)
            except ValueError as e:
                print("caught", e, type(e.__traceback__.tb_next).__name__ if e.__traceback__ else None)

            def stops():
                yield 1
                raise StopIteration("leaked")

            try:
                for x in stops():
                    pass
            except RuntimeError as e:
                print("RuntimeError:", e, "| cause:", repr(e.__cause__))

            def deleg():
                r = yield from count(2)
                print("sub returned", r)
                r2 = yield from stops_after()
                return r2

            def stops_after():
                x = yield "first"
                return ("sent", x)

            g = deleg()
            print(next(g), next(g), next(g))
            try:
                g.send("hello")
            except StopIteration as e:
                print("StopIteration value", e.value)

            def exc_state():
                try:
                    raise KeyError("g")
                except KeyError:
                    yield sys.exception()
                    print("in gen after resume:", repr(sys.exception()))

            try:
                raise TypeError("outer")
            except TypeError:
                for v in exc_state():
                    print("caller sees", repr(sys.exception()), "| gen yielded", repr(v))

            def reenter():
                yield next(gen_self)
            gen_self = reenter()
            try:
                for _ in gen_self:
                    pass
            except ValueError as e:
                print("ValueError:", e)

            def running():
                yield gen_r.gi_running
            gen_r = running()
            print([v for v in gen_r], gen_r.gi_running, gen_r.gi_frame)

            def finally_gen():
                try:
                    yield 1
                    yield 2
                finally:
                    print("finally runs")
            for v in finally_gen():
                print("v", v)
                break

            def inner_raises():
                yield 1
                1 / 0
            def outer():
                try:
                    yield from inner_raises()
                except ZeroDivisionError as e:
                    yield "outer caught " + str(e)
            print(list(outer()))

            def nested_for():
                for a in count(3):
                    for b in count(a):
                        yield (a, b)
            print(list(nested_for()))

            def deep(n):
                if n == 0:
                    yield "bottom"
                    return
                yield from deep(n - 1)
            sys.setrecursionlimit(5000)
            print(list(deep(3000)))
            def deep_raise(n):
                if n == 0:
                    raise LookupError("deep")
                yield from deep_raise(n - 1)
            try:
                next(deep_raise(50))
            except LookupError as e:
                tb, depth = e.__traceback__, 0
                while tb:
                    depth, tb = depth + 1, tb.tb_next
                print("LookupError", e, depth)
            """;
        var r = EngineHarness.RunOnDefaultStack(src);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal("""
            [0, 1, 2] [0, 2, 4, 6] 4950
            got 1
            caught inside traceback
            RuntimeError: generator raised StopIteration | cause: StopIteration('leaked')
            sub returned done
            0 1 first
            StopIteration value ('sent', 'hello')
            caller sees TypeError('outer') | gen yielded KeyError('g')
            in gen after resume: KeyError('g')
            ValueError: generator already executing
            [True] False None
            v 1
            finally runs
            [1, 'outer caught division by zero']
            [(1, 0), (2, 0), (2, 1)]
            ['bottom']
            LookupError deep 52

            """.Replace("\r", ""), r.Stdout);
    }
}
