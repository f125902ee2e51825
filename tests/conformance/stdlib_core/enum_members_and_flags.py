from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
    ALIAS = 1
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], list(Color), len(Color), Color.ALIAS is Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED in Color, isinstance(Color.RED, Color), Color.BLUE.value)
try: Color(7)
except ValueError as e: print(e)
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, str(N.A), repr(N.A), f"{N.B}", sorted([N.B, N.A]))
class S(StrEnum):
    X = auto()
    Y = "why"
print(S.X, repr(S.Y), S.X == "x", f"{S.Y}")
class P(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, bool(P.R & P.X), [m.name for m in rw])
class I(IntFlag):
    A = 1
    B = 2
print(I.A | I.B, int(I.A | I.B))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color, Color.__members__.keys())
class M(Enum):
    X = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def double(self): return self.value * 2
print(M.X.describe(), M.X.double, {Color.RED: 1}[Color.RED])
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal.__name__)
Shape = Enum("Shape", [("SQUARE", 4), ("TRIANGLE", 3)])
print(Shape.SQUARE.value, Shape(3))
Perm = Flag("Perm", "R W X")
print(Perm.R | Perm.X, Perm.X.value)
Level = IntEnum("Level", {"LOW": 1, "HIGH": 10})
print(Level.HIGH > Level.LOW, Level.HIGH + 0)
