using Xunit;
namespace GilGrid.Tests.Engine;

// The speed work of Vm/: each cache or fused path is warmed, then what it relied on is changed
// (class attributes, MRO answers, __class__, __code__, operand types) and the site must give
// CPython 3.13's answer. Expected outputs were produced by CPython 3.13 for the same programs.
public class SpeedPathTests
{
    /// <summary>LOAD_ATTR, LOAD_METHOD and STORE_ATTR sites that see five classes (more than a site's entries) and then changes to those classes.</summary>
    [Fact]
    public void PolymorphicAttributeSitesFollowEachReceiverType()
    {
        const string src = """
            class A:
                def __init__(self, x): self.x = x
                def m(self): return "A.m"
            class B(A):
                def m(self): return "B.m"
            class C:
                __slots__ = ("x",)
                def __init__(self, x): self.x = x
                def m(self): return "C.m"
            class D(A):
                pass
            class E(B):
                pass

            def get_x(o): return o.x
            def call_m(o): return o.m()
            def set_x(o, v): o.x = v

            objs = [A(1), B(2), C(3), D(4), E(5)]
            for _ in range(3):
                print([get_x(o) for o in objs], [call_m(o) for o in objs])
            # a data descriptor on B now answers before the instance dict, for B and E only
            B.x = property(lambda self: "prop of " + type(self).__name__)
            print([get_x(o) for o in objs])
            del B.x
            print([get_x(o) for o in objs])
            # a method redefined on a base: the subclass entries see it
            A.m = lambda self: "new A.m"
            print([call_m(o) for o in objs])
            # an instance attribute shadows the method for that object only
            objs[3].m = lambda: "instance m"
            print([call_m(o) for o in objs])
            # stores through the polymorphic STORE_ATTR site, then a property with a setter on D
            for i, o in enumerate(objs):
                set_x(o, i * 10)
            print([get_x(o) for o in objs])
            D.x = property(lambda self: "D getter", lambda self, v: print("D setter", v))
            for i, o in enumerate(objs):
                set_x(o, i * 100)
            print([get_x(o) for o in objs])
            # __class__ assignment moves an object to another entry of the same site
            a = A(7)
            print(get_x(a), call_m(a))
            a.__class__ = B
            print(get_x(a), call_m(a))
            # __getattr__ added to a class after its sites are warm
            class F:
                pass
            f = F()
            f.x = 1
            print(get_x(f))
            del f.x
            F.__getattr__ = lambda self, name: "from __getattr__ " + name
            print(get_x(f), [get_x(o) for o in objs])
            try:
                get_x(C.__new__(C))
            except AttributeError as e:
                print("AttributeError:", e)
            """;
        Assert.Equal("""
            [1, 2, 3, 4, 5] ['A.m', 'B.m', 'C.m', 'A.m', 'B.m']
            [1, 2, 3, 4, 5] ['A.m', 'B.m', 'C.m', 'A.m', 'B.m']
            [1, 2, 3, 4, 5] ['A.m', 'B.m', 'C.m', 'A.m', 'B.m']
            [1, 'prop of B', 3, 4, 'prop of E']
            [1, 2, 3, 4, 5]
            ['new A.m', 'B.m', 'C.m', 'new A.m', 'B.m']
            ['new A.m', 'B.m', 'C.m', 'instance m', 'B.m']
            [0, 10, 20, 30, 40]
            D setter 300
            [0, 100, 200, 'D getter', 400]
            7 new A.m
            7 B.m
            1
            from __getattr__ x [0, 100, 200, 'D getter', 400]
            AttributeError: 'C' object has no attribute 'x'

            """.Replace("\r", ""), EngineHarness.Out(src));
    }

    /// <summary>`Cls(...)` memoises the class's __init__/__new__ lookups: replacing them on the class or a base, or swapping __init__'s code, is seen.</summary>
    [Fact]
    public void ConstructorPlanFollowsInitNewAndCodeChanges()
    {
        const string src = """
            class Base:
                def __init__(self, v):
                    self.v = v
            class P(Base):
                pass

            def make(cls, v): return cls(v)

            print([make(P, i).v for i in range(3)])
            # the inherited __init__ replaced on the base
            Base.__init__ = lambda self, v: setattr(self, "v", v * 10)
            print(make(P, 2).v)
            # an __init__ of the class itself, then one that returns a value
            def init2(self, v):
                self.v = -v
            P.__init__ = init2
            print(make(P, 3).v)
            P.__init__ = lambda self, v: 42
            try:
                make(P, 1)
            except TypeError as e:
                print("TypeError:", e)
            P.__init__ = init2
            print(make(P, 4).v)
            # __init__'s code replaced by a generator's
            def gen_init(self, v):
                yield v
            init2.__code__ = gen_init.__code__
            try:
                make(P, 8)
            except TypeError as e:
                print("TypeError:", e)
            # a __new__ on the base takes over construction
            class Q(Base):
                pass
            print(make(Q, 5).v)
            Base.__new__ = lambda cls, v: "made by __new__"
            print(make(Q, 5))
            """;
        Assert.Equal("""
            [0, 1, 2]
            20
            -3
            TypeError: __init__() should return None, not 'int'
            -4
            TypeError: __init__() should return None, not 'generator'
            50
            made by __new__

            """.Replace("\r", ""), EngineHarness.Out(src));
    }

    /// <summary>`a + b` on two instances of one class runs __add__ in the loop: NotImplemented, __iadd__ added later, redefinition, recursion and errors inside the dunder behave as before.</summary>
    [Fact]
    public void PythonDundersRunInTheLoopWithTheirErrors()
    {
        const string src = """
            class V:
                def __init__(self, x): self.x = x
                def __add__(self, o): return V(self.x + o.x)
                def __sub__(self, o):
                    if o.x == 0: return NotImplemented
                    return V(self.x - o.x)
                def __mul__(self, o):
                    raise ValueError("no mul for " + repr(o.x))
                def __repr__(self): return f"V({self.x})"

            def add(a, b): return a + b
            def sub(a, b): return a - b
            def iadd(a, b):
                a += b
                return a

            print([add(V(i), V(1)) for i in range(3)], iadd(V(1), V(2)))
            print(sub(V(5), V(2)))
            try:
                sub(V(5), V(0))
            except TypeError as e:
                print("TypeError:", e)
            V.__iadd__ = lambda self, o: "iadd"
            print(iadd(V(1), V(2)))
            V.__add__ = lambda self, o: "new add"
            print(add(V(1), V(2)), add(1, 2), add("a", "b"), add([1], [2]))
            class S(str):
                def __add__(self, o): return "S+" + str.__add__(self, o)
            print(add(S("a"), S("b")))
            def deep(n):
                class R:
                    def __add__(self, o): return self + o
                return R() + R()
            try:
                deep(1)
            except RecursionError as e:
                print("RecursionError:", e)
            def mul(a, b):
                return a * b
            mul(V(1), V(2))
            """;
        var r = EngineHarness.Run(src);
        Assert.Equal("""
            [V(1), V(2), V(3)] V(3)
            V(3)
            TypeError: unsupported operand type(s) for -: 'V' and 'V'
            iadd
            new add 3 ab [1, 2]
            S+ab
            RecursionError: maximum recursion depth exceeded

            """.Replace("\r", ""), r.Stdout);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 40, in <module>
                mul(V(1), V(2))
                ~~~^^^^^^^^^^^^
              File "/tmp/pyt/t.py", line 39, in mul
                return a * b
                       ~~^~~
              File "/tmp/pyt/t.py", line 8, in __mul__
                raise ValueError("no mul for " + repr(o.x))
            ValueError: no mul for 2

            """.Replace("\r", ""), r.Stderr);
    }

    /// <summary>The TypeError for a NotImplemented return is raised at the caller's operator, with its caret.</summary>
    [Fact]
    public void NotImplementedFromAnInlineDunderIsTheCallersTypeError()
    {
        const string src = """
            class V:
                def __sub__(self, o):
                    return NotImplemented

            def sub(a, b):
                return a - b

            sub(V(), V())
            """;
        var r = EngineHarness.Run(src);
        Assert.Equal("""

            """.Replace("\r", ""), r.Stdout);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 8, in <module>
                sub(V(), V())
                ~~~^^^^^^^^^^
              File "/tmp/pyt/t.py", line 6, in sub
                return a - b
                       ~~^~~
            TypeError: unsupported operand type(s) for -: 'V' and 'V'

            """.Replace("\r", ""), r.Stderr);
    }

    /// <summary>Fused local/constant arithmetic, comparisons-with-branch and subscripts on operands their fast path does not take (big ints, str, list, NaN, dicts, unbound locals, zero divisors, negative bases).</summary>
    [Fact]
    public void SuperinstructionsFallBackToTheUnfusedInstructions()
    {
        const string src = """
            def arith(a, b):
                c = a + b
                d = a * 2
                e = c - d
                return e / b, a // b, a % b, a ** 0.5 if a > 0 else a

            print(arith(7, 2), arith(7.5, 2.0), arith(2**62, 2**62), arith(-3, 2))
            print(arith(10**20, 3))
            print([arith(x, 1) for x in (1, 2.5, True)])
            def cat(a, b):
                c = a + b
                return c * 2
            print(cat(1, 2), cat("x", "y"), cat([1], [2]), cat(1.5, 2))

            def loop(n, limit):
                i = 0
                total = 0
                while i < n:
                    if i >= limit:
                        break
                    total += i
                    i += 1
                return total
            print(loop(10, 5), loop(10.0, 100), loop(3, float("nan")), loop("b", "z") if False else 0)
            def cmp(a, b):
                return [a < b, a <= b, a == b, a != b, a > b, a >= b]
            print(cmp(1, 2), cmp(2.0, 2), cmp(float("nan"), 1.0), cmp("a", "b"), cmp((1, 2), (1, 3)))

            def items(xs):
                return xs[0], xs[-1], xs[1]
            print(items([1, 2, 3]), items((4, 5)), items({0: "a", -1: "b", 1: "c"}), items("xyz"))
            def unbound(flag):
                if flag:
                    x = 1
                return x + 1
            print(unbound(True))
            try:
                unbound(False)
            except UnboundLocalError as e:
                print("UnboundLocalError:", e)
            try:
                items([])
            except IndexError as e:
                print("IndexError:", e)
            def pw(a):
                return a ** 0.5, a ** 2.0, a ** -1.0
            print(pw(4.0), pw(2))
            try:
                pw(0.0)
            except ZeroDivisionError as e:
                print("ZeroDivisionError:", e)
            print(pw(-4.0))
            try:
                print(pw(1e200))
            except OverflowError as e:
                print("OverflowError:", e)
            def div(a):
                b = 0.0
                return a / b
            div(1.0)
            """;
        var r = EngineHarness.Run(src);
        Assert.Equal("""
            (-2.5, 3, 1, 2.6457513110645907) (-2.75, 3.0, 1.5, 2.7386127875258306) (0.0, 1, 0, 2147483648.0) (2.5, -2, 1, -3)
            (-3.333333333333333e+19, 33333333333333333333, 1, 10000000000.0)
            [(0.0, 1, 0, 1.0), (-1.5, 2.0, 0.5, 1.5811388300841898), (0.0, 1, 0, 1.0)]
            6 xyxy [1, 2, 1, 2] 7.0
            10 45 3 0
            [True, True, False, True, False, False] [False, True, True, False, False, True] [False, False, False, True, False, False] [True, True, False, True, False, False] [True, True, False, True, False, False]
            (1, 3, 2) (4, 5, 5) ('a', 'b', 'c') ('x', 'z', 'y')
            2
            UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
            IndexError: list index out of range
            (2.0, 16.0, 0.25) (1.4142135623730951, 4.0, 0.5)
            ZeroDivisionError: 0.0 cannot be raised to a negative power
            ((1.2246467991473532e-16+2j), 16.0, -0.25)
            OverflowError: (34, 'Numerical result out of range')

            """.Replace("\r", ""), r.Stdout);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 60, in <module>
                div(1.0)
                ~~~^^^^^
              File "/tmp/pyt/t.py", line 59, in div
                return a / b
                       ~~^~~
            ZeroDivisionError: float division by zero

            """.Replace("\r", ""), r.Stderr);
    }

    /// <summary>A property with a Python getter runs in the loop: replacing the property, its getter, or shadowing it is seen, and the getter's errors keep their traceback.</summary>
    [Fact]
    public void PropertyGettersRunInTheLoopAndFollowChanges()
    {
        const string src = """
            class C:
                def __init__(self, v): self._v = v
                @property
                def v(self): return self._v * 2
                @property
                def bad(self): return 1 / self._v

            def get(o): return o.v
            def get_bad(o): return o.bad

            print([get(C(i)) for i in range(3)])
            C.v = property(lambda self: "replaced")
            print(get(C(1)))
            C.v = C.v.getter(lambda self: "via getter()")
            print(get(C(1)))
            C.v = "plain class attribute"
            print(get(C(1)))
            c = C(3)
            c.v = "instance value"
            print(get(c))
            C.v = property(None)
            try:
                get(c)
            except AttributeError as e:
                print("AttributeError:", e)
            print([get_bad(C(x)) for x in (1, 2)])
            get_bad(C(0))
            """;
        var r = EngineHarness.Run(src);
        Assert.Equal("""
            [0, 2, 4]
            replaced
            via getter()
            plain class attribute
            instance value
            AttributeError: property of 'C' object has no getter
            [1.0, 0.5]

            """.Replace("\r", ""), r.Stdout);
        Assert.Equal("""
            Traceback (most recent call last):
              File "/tmp/pyt/t.py", line 27, in <module>
                get_bad(C(0))
                ~~~~~~~^^^^^^
              File "/tmp/pyt/t.py", line 9, in get_bad
                def get_bad(o): return o.bad
                                       ^^^^^
              File "/tmp/pyt/t.py", line 6, in bad
                def bad(self): return 1 / self._v
                                      ~~^~~~~~~~~
            ZeroDivisionError: division by zero

            """.Replace("\r", ""), r.Stderr);
    }
}
