from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, KW_ONLY, InitVar
import functools, copy, types
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, P(1, 2) == P(1, 2), P(1) == P(2), p.tags is not P(1).tags)
try: P()
except TypeError as e: print(e)
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), sorted([V(3), V(1, "a"), V(1)]), hash(V(1)) == hash(V(1)))
try: V(1).a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
print(asdict(P(1, 2, [V(1)])), astuple(P(1)), replace(p, y=9), [f.name for f in fields(P)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: InitVar[int] = 5
    def __post_init__(self, c): self.d = self.a + c
k = K(1, b=2); print(k, k.d)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
print(S(1), S.__slots__, hasattr(S(1), "__dict__"))
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e: print(e)
print(P.__init__.__qualname__, P.__doc__, P.__match_args__)
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info(), fib.__name__)
print(functools.reduce(lambda a, b: a*b, range(1, 6)), functools.partial(int, base=2)("101"))
@functools.total_ordering
class T:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
@show.register(list)
def _(x): return "list"
print(show(1), show([]), show("s"), show(True))
class C:
    @functools.cached_property
    def v(self): print("compute"); return 42
c = C(); print(c.v, c.v)
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def hello(): "doc"; return 1
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
l = [[1, 2], {"a": [3]}]; d = copy.deepcopy(l); d[0].append(9); print(l, d, copy.copy(l)[0] is l[0])
class O:
    def __init__(s): s.a = [1]
o = O(); o2 = copy.deepcopy(o); o2.a.append(2); print(o.a, o2.a, copy.copy(o).a is o.a)
print(types.SimpleNamespace(a=1, b=2), types.FunctionType, isinstance(len, types.BuiltinFunctionType), type(types) is types.ModuleType)
print(functools.partial(max, 1))
