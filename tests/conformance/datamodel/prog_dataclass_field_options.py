from dataclasses import dataclass, field, KW_ONLY, InitVar, replace, asdict, astuple, fields, FrozenInstanceError, is_dataclass
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=True)
    tag: str = field(default="", compare=False, repr=False)

vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "rc")]
print(sorted(vs))
print(Version(1) == Version(1, tag="x"), Version(1) < Version(1, 0, 1))

@dataclass(frozen=True)
class P:
    x: int
    y: int = 0
p = P(1, 2)
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(p) == hash((1, 2)), replace(p, y=7))

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: list = field(default_factory=list)
k = K(5, b=3)
print(k)
try:
    K(1, 2)
except TypeError as e:
    print(e)

@dataclass
class WithInit:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
w = WithInit(3)
print(w, WithInit(3, 5))
print([f.name for f in fields(w)])
try:
    replace(w, scale=3)
except Exception as e:
    print(type(e).__name__, e)

@dataclass(slots=True)
class S:
    a: int
    b: str = "s"
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(e)

@dataclass
class Inner:
    v: list
@dataclass
class Outer:
    name: str
    inner: Inner
    items: dict
o = Outer("o", Inner([1, 2]), {"k": Inner([3])})
print(asdict(o))
print(astuple(o))
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(1))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print(e)

@dataclass
class Base:
    x: int = 0
    def describe(self):
        return f"{type(self).__name__}({self.x})"
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(2, 3), Derived().describe())
print(Derived.__match_args__)
print(repr(Derived.__init__.__doc__))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Unhash:
    a: int
print(Unhash.__hash__)
@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: int = field(hash=False, default=0)
print(hash(Hashy(1, 2)) == hash((1,)))
f0 = fields(Hashy)[1]
print(f0.name, f0.type, f0.default, f0.hash, f0.compare, f0.kw_only)
print(repr(f0)[:40])
@dataclass
class Rec:
    name: str
    children: list["Rec"] = field(default_factory=list)
r = Rec("a", [Rec("b")])
print(r)
C = dataclasses.make_dataclass("C", [("x", int), ("y", int, field(default=5))], bases=(), namespace={"total": lambda self: self.x + self.y})
c = C(1)
print(c, c.total())
@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2
print(AllKw(a=1))
try:
    AllKw(1)
except TypeError as e:
    print(e)
@dataclass(match_args=False, repr=False)
class NoRepr:
    a: int
print(hasattr(NoRepr, "__match_args__"), repr(NoRepr(1)).startswith("<__main__.NoRepr object"))
print(Version.__lt__.__qualname__)
@dataclass
class D2:
    x: int
    def __eq__(self, other):
        return True
print(D2(1) == D2(2))
@dataclass(frozen=True)
class FB:
    a: int
try:
    @dataclass
    class FD(FB):
        b: int = 0
except TypeError as e:
    print(e)
