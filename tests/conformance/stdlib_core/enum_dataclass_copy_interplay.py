from dataclasses import dataclass, field, fields
from enum import Enum, IntEnum
from collections import OrderedDict, namedtuple, Counter
import functools, itertools, typing, copy
@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    secret: str = field(default="s", repr=False)
print(Child(1), [f.name for f in fields(Child)], Child(1) == Child(1))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet((3.303e+23, 2.4397e6)))
class Shade(str, Enum):
    DARK = "dark"
print(Shade.DARK == "dark", Shade("dark"), Shade.DARK.value, isinstance(Shade.DARK, str))
od = OrderedDict([("a", 1), ("b", 2)]); print(od == OrderedDict([("b", 2), ("a", 1)]), od == {"b": 2, "a": 1}, list(reversed(od)))
Pt = namedtuple("Pt", ["x", "y"]); p = Pt(1, 2); x, y = p; print(x + y, p._make([3, 4]), Pt._field_defaults, copy.copy(p), copy.deepcopy([p]))
print(sorted(Counter("hello").items()), Counter("aab") == Counter("aba"))
class K:
    def m(self, a, b): return a - b
print(functools.partial(K().m, 10)(3), list(itertools.islice(itertools.cycle([1, 2]), 5)))
print(typing.List[int] == typing.List[int], typing.Optional[str].__args__, typing.get_origin(typing.Union[int, str]) is typing.Union)
e = copy.deepcopy(Planet.EARTH); print(e is Planet.EARTH)
print(IntEnum("Z", "A B").B * 10, sorted(Planet, key=lambda p: p.name))
