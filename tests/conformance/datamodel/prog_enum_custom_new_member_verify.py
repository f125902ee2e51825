import enum
from enum import Enum, IntEnum, Flag, auto, StrEnum, member, nonmember, verify, UNIQUE, CONTINUOUS
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1))
class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    def describe(self):
        return self.name, self.value
    def __str__(self):
        return 'my custom str! {0}'.format(self.value)
    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY
print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY))
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
class Ordinal(AutoName):
    NORTH = auto()
    SOUTH = auto()
print([m.value for m in Ordinal])
class Shape(Enum):
    SQUARE = 2
    CIRCLE = 3
    SIZE = nonmember(7)
    @member
    def helper(x): return x
print(list(Shape)[:2], Shape.SIZE, Shape.helper.name)
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
print(list(Prio), Prio.HIGH > Prio.LOW, max(Prio), Prio(1) is Prio.LOW, Prio.LOW.value, Prio["HIGH"])
class Dirs(StrEnum):
    N = auto()
    S = "south"
print(list(Dirs), "-".join(Dirs), Dirs.N + "!", Dirs("south"), Dirs.S.value, len(Dirs.S))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, Perm(6), list(Perm(7)), [p.name for p in Perm], Perm.R & Perm.W, bool(Perm.R & Perm.W))
print(Perm.R in (Perm.R | Perm.X), Perm.W not in Perm(5))
class E(Enum):
    A = 1
print(E.A.__class__ is E, E.A is E(1), E.__members__["A"], type(E.__members__).__name__)
print(E.A < E.A if False else "", hasattr(E.A, "name"), E.A.__reduce_ex__(2)[0] is E)
import pickle
print(pickle.loads(pickle.dumps(Perm.R | Perm.X)), pickle.loads(pickle.dumps(E.A)) is E.A)
try:
    E.A < E.A
except TypeError as e:
    print(e)
print(sorted(Prio, reverse=True), {Mood.HAPPY: 1}, Mood.HAPPY in Mood, 3 in Mood, "x" in Mood)
class Status(IntEnum):
    OK = 200
    ERR = 500
print(f"{Status.OK}", f"{Status.OK!r}", f"{Status.OK:>6}", str(Status.ERR), Status.OK + 1, "%d %s" % (Status.OK, Status.OK))
print(list(reversed(Status)), Status.__members__.keys(), Status._member_map_["OK"])
@verify(UNIQUE)
class U(Enum):
    A = 1
    B = 2
try:
    @verify(UNIQUE)
    class U2(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

class Timed(Enum):
    _ignore_ = "helper"
    FAST = 1
    helper = 99
print(list(Timed), hasattr(Timed, "helper"))
