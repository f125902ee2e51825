using Xunit;
namespace GilGrid.Tests.Engine;

// Each inline cache is warmed first, then what it remembers is changed; the site must see the
// change. Expected outputs were produced by CPython 3.13 for the same programs.
public class InlineCacheTests
{
    /// <summary>LOAD_GLOBAL caches by the globals and builtins tables' versions.</summary>
    [Fact]
    public void GlobalAndBuiltinSitesSeeRebindingDeletionAndShadowing()
    {
        const string src = """
            import builtins

            def read_g():
                return g

            def call_len(x):
                return len(x)

            def use_abs(x):
                return abs(x)

            g = 1
            print([read_g() for _ in range(3)])
            g = 2                      # value changes, keys do not
            print(read_g())
            globals()['g'] = 3         # through the dict
            print(read_g())
            del g
            try:
                read_g()
            except NameError as e:
                print("NameError:", e)
            globals().update(g=4)
            print(read_g())

            print([call_len("abc") for _ in range(3)])
            len = lambda x: "shadowed"          # a global now shadows the builtin
            print(call_len("abc"))
            del len                             # and the builtin is back
            print(call_len("abc"))

            print([use_abs(-5) for _ in range(3)])
            builtins.abs = lambda x: "patched builtin"
            print(use_abs(-5))
            del builtins.abs
            try:
                use_abs(-5)
            except NameError as e:
                print("NameError:", e)
            builtins.abs = lambda x: "restored"
            print(use_abs(-5))

            # many new globals force the table to grow and move entries
            for i in range(100):
                globals()[f"filler{i}"] = i
            print(read_g(), call_len("xy"))
            exec("g = 'from exec'")
            print(read_g())
            """;
        Assert.Equal("""
            [1, 1, 1]
            2
            3
            NameError: name 'g' is not defined
            4
            [3, 3, 3]
            shadowed
            3
            [5, 5, 5]
            patched builtin
            NameError: name 'abs' is not defined
            restored
            4 2
            from exec

            """.Replace("\r", ""), EngineHarness.Out(src));
    }

    /// <summary>LOAD_ATTR, LOAD_METHOD and STORE_ATTR cache by exact type and type version (a base's change bumps its subclasses).</summary>
    [Fact]
    public void AttributeSitesSeeClassInstanceAndTypeChanges()
    {
        const string src = """
            class Base:
                kind = "base"
                def greet(self):
                    return "hello from Base"

            class C(Base):
                def __init__(self, x):
                    self.x = x

            def get_x(o): return o.x
            def get_kind(o): return o.kind
            def call_greet(o): return o.greet()
            def set_y(o, v): o.y = v

            c = C(1)
            print([get_x(c) for _ in range(3)], [get_kind(c) for _ in range(3)], [call_greet(c) for _ in range(3)])

            # class attribute changed after the site is warm
            Base.kind = "changed"
            print(get_kind(c))
            C.kind = "on C"
            print(get_kind(c))
            c.kind = "on instance"
            print(get_kind(c))
            del c.kind
            del C.kind
            print(get_kind(c))

            # a method replaced on the base, then shadowed by an instance attribute
            Base.greet = lambda self: "replaced"
            print(call_greet(c))
            c.greet = lambda: "instance attribute"
            print(call_greet(c))
            del c.greet
            print(call_greet(c))

            # a property added to the class takes precedence over the instance dict
            C.x = property(lambda self: "property wins")
            print(get_x(c))
            del C.x
            print(get_x(c))

            # __getattr__ added after a miss was seen
            try:
                get_x(C.__new__(C))
            except AttributeError as e:
                print("AttributeError:", e)
            C.__getattr__ = lambda self, name: f"fallback {name}"
            print(get_x(C.__new__(C)))
            del C.__getattr__

            # the same site sees another type
            class D:
                x = "class attr of D"
            print(get_x(D()), get_x(c))
            c.__class__ = D
            print(get_x(c), get_kind(D()) if hasattr(D, "kind") else "D has no kind")

            # stores: plain, then through a setter added later, then __setattr__, then __slots__
            class E:
                pass
            e = E()
            for v in range(3):
                set_y(e, v)
            print(e.y, e.__dict__)
            E.y = property(lambda self: self._y, lambda self, v: setattr(self, "_y", v * 10))
            set_y(e, 5)
            print(e.y, sorted(e.__dict__))
            del E.y
            E.__setattr__ = lambda self, n, v: object.__setattr__(self, n, ("intercepted", v))
            set_y(e, 6)
            print(e.y)
            del E.__setattr__
            class S:
                __slots__ = ("y",)
            s = S()
            set_y(s, 7)
            set_y(s, 8)
            print(s.y)
            try:
                set_y(object(), 1)
            except AttributeError as e2:
                print("AttributeError:", e2)

            # builtin types: a method site on list, then a list subclass overriding it
            def app(l, v):
                l.append(v)
                return l
            print([len(app([], i)) for i in range(3)])
            class L(list):
                def append(self, v):
                    super().append(v * 100)
            print(app(L(), 2))

            # a builtin method stored on an unrelated class must keep failing the same way
            class F:
                append = list.append
            def call_append(o):
                return o.append(1)
            for _ in range(2):
                try:
                    call_append(F())
                except TypeError as e3:
                    print("TypeError:", e3)
            """;
        Assert.Equal("""
            [1, 1, 1] ['base', 'base', 'base'] ['hello from Base', 'hello from Base', 'hello from Base']
            changed
            on C
            on instance
            changed
            replaced
            instance attribute
            replaced
            property wins
            1
            AttributeError: 'C' object has no attribute 'x'
            fallback x
            class attr of D 1
            1 D has no kind
            2 {'y': 2}
            50 ['_y', 'y']
            ('intercepted', 6)
            8
            AttributeError: 'object' object has no attribute 'y' and no __dict__ for setting new attributes
            [1, 1, 1]
            [200]
            TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'F' object
            TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'F' object

            """.Replace("\r", ""), EngineHarness.Out(src));
    }

    /// <summary>BINARY_OP/COMPARE_OP fast paths: overflow into big ints, mixed int/float, division errors, shifts, NaN.</summary>
    [Fact]
    public void IntAndFloatFastPathsAgreeWithTheGeneralPath()
    {
        const string src = """
            def ops(a, b):
                r = [a + b, a - b, a * b]
                for f in (lambda: a / b, lambda: a // b, lambda: a % b):
                    try:
                        r.append(f())
                    except ZeroDivisionError as e:
                        r.append(str(e))
                return r

            def cmp(a, b):
                return [a < b, a <= b, a == b, a != b, a > b, a >= b]

            big = 2 ** 62
            for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (5, 0), (big, big), (-big, -big * 2), (big, 4),
                         (-2 ** 63, -1), (3, 0.5), (0.5, 3), (2 ** 53 + 1, 1.0), (1.5, 0.0), (-0.0, 0.0)]:
                print(a, b, ops(a, b), cmp(a, b))
            x = 1
            for i in range(70):
                x += x          # in-place add overflows into a big int
            print(x, x - 1, -x // 3)
            print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 70, 12345 >> 3, -12345 >> 3, -1 >> 100, 5 >> 64)
            try:
                1 << -1
            except ValueError as e:
                print("ValueError:", e)
            print(6 & 3, 6 | 3, 6 ^ 3, -6 & 0xFF, True + True, True * 3.0, 2 ** 10, 2 ** -1)
            nan = float("nan")
            print(cmp(nan, nan), cmp(nan, 1), cmp(2 ** 53 + 1, float(2 ** 53)), cmp(10 ** 20, 1e20))
            class I(int):
                def __add__(self, o):
                    return "subclass add"
            print(I(1) + 2, 2 + I(1))
            """;
        Assert.Equal("""
            7 2 [9, 5, 14, 3.5, 3, 1] [False, False, False, True, True, True]
            -7 2 [-5, -9, -14, -3.5, -4, 1] [True, True, False, True, False, False]
            7 -2 [5, 9, -14, -3.5, -4, -1] [False, False, False, True, True, True]
            -7 -2 [-9, -5, 14, 3.5, 3, -1] [True, True, False, True, False, False]
            5 0 [5, 5, 0, 'division by zero', 'integer division or modulo by zero', 'integer modulo by zero'] [False, False, False, True, True, True]
            4611686018427387904 4611686018427387904 [9223372036854775808, 0, 21267647932558653966460912964485513216, 1.0, 1, 0] [False, True, True, False, False, True]
            -4611686018427387904 -9223372036854775808 [-13835058055282163712, 4611686018427387904, 42535295865117307932921825928971026432, 0.5, 0, -4611686018427387904] [False, False, False, True, True, True]
            4611686018427387904 4 [4611686018427387908, 4611686018427387900, 18446744073709551616, 1.152921504606847e+18, 1152921504606846976, 0] [False, False, False, True, True, True]
            -9223372036854775808 -1 [-9223372036854775809, -9223372036854775807, 9223372036854775808, 9.223372036854776e+18, 9223372036854775808, 0] [True, True, False, True, False, False]
            3 0.5 [3.5, 2.5, 1.5, 6.0, 6.0, 0.0] [False, False, False, True, True, True]
            0.5 3 [3.5, -2.5, 1.5, 0.16666666666666666, 0.0, 0.5] [True, True, False, True, False, False]
            9007199254740993 1.0 [9007199254740992.0, 9007199254740991.0, 9007199254740992.0, 9007199254740992.0, 9007199254740992.0, 0.0] [False, False, False, True, True, True]
            1.5 0.0 [1.5, 1.5, 0.0, 'float division by zero', 'float floor division by zero', 'float modulo by zero'] [False, False, False, True, True, True]
            -0.0 0.0 [0.0, -0.0, -0.0, 'float division by zero', 'float floor division by zero', 'float modulo by zero'] [False, True, True, False, False, True]
            1180591620717411303424 1180591620717411303423 -393530540239137101142
            4611686018427387904 9223372036854775808 18446744073709551616 -9223372036854775808 3541774862152233910272 1543 -1544 -1 0
            ValueError: negative shift count
            2 7 5 250 2 3.0 1024 0.5
            [False, False, False, True, False, False] [False, False, False, True, False, False] [False, False, False, True, True, True] [False, True, True, False, False, True]
            subclass add 3

            """.Replace("\r", ""), EngineHarness.Out(src));
    }
}
