from enum import Enum, IntEnum, Flag, IntFlag, auto, StrEnum, unique, EnumMeta
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.__members__.keys())
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">10"))
print(Color(2), Color["BLUE"], Color.RED.name, Color.RED.value)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print(repr(e))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(Perm.R | Perm.X, repr(Perm.R | Perm.X), Perm.RW, list(Perm.RW), Perm(0), repr(Perm(0)))
print(~Perm.R, Perm.R in Perm.RW, bool(Perm(0)), Perm(7), (Perm.R | Perm.W) == Perm.RW)
print(list(Perm), Perm.RW.name, (Perm.R|Perm.X).name, len(Perm.RW))
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, str(Num.ONE), repr(Num.ONE), f"{Num.TWO}", format(Num.TWO, "03d"))
print(sorted([Num.TWO, Num.ONE]), Num(2), int(Num.TWO), Num.ONE == 1)
class Method(StrEnum):
    GET = auto()
    POST = "post"
print(Method.GET, repr(Method.GET), Method.GET == "get", Method.POST.upper(), f"{Method.POST}")
class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def describe(self):
        return f"{self.name.lower()}:{self.value}"
    @property
    def is_ok(self):
        return self is Status.OK
print(Status("ok"), Status(404).describe(), Status.OK.is_ok)
try:
    Status(500)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3))
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    A = auto()
    B = auto()
print(list(Ordered), Ordered.A.value)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
Animal2 = Enum("Animal2", [("X", 10), ("Y", 20)])
print(Animal2.Y, Animal2(10))
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    class MoreColor(Color):
        PINK = 9
except TypeError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color), Color.RED.__class__.__name__)
print({Color.RED: 1}[Color.CRIMSON])
class IF(IntFlag):
    A = 1
    B = 2
    C = 4
print(IF.A | IF.B, repr(IF.A | 8), IF.A | 8, IF(3), IF.A & 3, type(IF.A + 1))
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape._member_names_, list(Shape.__members__))
print(Color.RED == 1, Num.ONE == 1, hash(Color.RED) == hash(Color.RED))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class Weekday(Flag):
    MON = 1
    TUE = 2
    WED = 4
    WEEKDAYS = 7
print(Weekday.WEEKDAYS, Weekday.MON | Weekday.TUE, list(Weekday))
print(Perm.R.value, Perm.__members__["RW"], Perm._value2member_map_[1] if hasattr(Perm, "_value2member_map_") else None)
class E2(Enum):
    A = 1
    _ignore_ = ["tmp"]
    tmp = 5
print(list(E2))
class Const(Enum):
    X = 1
    def __str__(self):
        return "custom"
print(Const.X, f"{Const.X}", repr(Const.X))
print(enum.Enum.__name__, Color.__qualname__, Color.RED.__doc__ if False else "")
print(dir(Color.RED)[:3] if False else sorted(n for n in dir(Color) if not n.startswith('_')))

class P(enum.Flag):
    R=1;W=2;X=4
try: P(8)
except ValueError as e: print(repr(str(e)))
try: P(-9)
except ValueError as e: print(repr(str(e)))
print(P(-1), repr(~P.R))
class I(enum.IntFlag):
    A=1;B=2
print(repr(~I.A), repr(I(12)), repr(I.A|16), str(I.A|16), I.A in I.A|I.B, repr(I.A ^ 3), I.A & 3, repr(I.A & 3), I(0), repr(I(0)), 3|I.A, repr(3|I.A))
class C(enum.Flag, boundary=enum.CONFORM):
    A=1;B=2
print(repr(C(7)), enum.STRICT, repr(enum.STRICT), repr(enum.FlagBoundary.KEEP))
print(P.R.__class__.__mro__)
print(dir(P))
print(P._member_names_, list(P.__members__))
try:
    class Bad(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
class WithPriv(enum.Enum):
    _single = 1
    B = 2
print(list(WithPriv))
