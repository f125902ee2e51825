from dataclasses import dataclass, field, fields, asdict, replace, InitVar
import dataclasses, enum, typing
from typing import ClassVar
@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float = 0.0
    def dist(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), hash(p) == hash(Point(3, 4)), {p: 1}[Point(3.0, 4.0)], Point.__slots__)
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print(repr(e))
import copy, pickle
print(copy.deepcopy(p), copy.copy(p) == p)
@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    total: ClassVar[int] = 0
    owner: str = field(default="nobody", metadata={"doc": "who"})
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        Inventory.total += n
i = Inventory(); i.add("apple", 3); j = Inventory()
print(i, j, Inventory.total, [f.name for f in fields(Inventory)], fields(Inventory)[1].metadata["doc"])
@dataclass
class Base:
    id: int
    tags: list = field(default_factory=list)
    def __post_init__(self):
        print("Base post_init", self.id)
@dataclass
class Child(Base):
    name: str = "c"
    def __post_init__(self):
        super().__post_init__()
        print("Child post_init", self.name)
c = Child(1, name="x"); print(c)
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
print(sorted([Task(3, "c"), Task(1, "a"), Task(2, "b")]), Task(1, "x") == Task(1, "y"))
try:
    Task(1, "a") < 5
except TypeError as e:
    print(e)
class Color(enum.Enum):
    RED = "r"
    BLUE = "b"
@dataclass
class Pixel:
    color: Color
    pos: tuple[int, int]
px = Pixel(Color.RED, (1, 2))
print(px, asdict(px), replace(px, color=Color.BLUE))
@dataclass
class Conv:
    raw: InitVar[str]
    value: int = field(init=False)
    def __post_init__(self, raw):
        self.value = int(raw)
print(Conv("42"), repr(fields(Conv)[0]).split(",default=")[0], fields(Conv)[0].metadata)
print(dataclasses.fields(Conv)[0].name, [f.name for f in fields(Conv)])
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
@dataclass(repr=False)
class CustomRepr:
    a: int
    def __repr__(self): return f"CR<{self.a}>"
print(CustomRepr(1), [CustomRepr(2)])
@dataclass
class WithProp:
    _x: int = 0
    @property
    def x(self): return self._x
print(WithProp(5).x, WithProp.__init__.__annotations__ if False else "")
print(dataclasses.is_dataclass(Point), Point.__dataclass_params__.frozen if hasattr(Point, "__dataclass_params__") else None)
import inspect
print(inspect.signature(Child))
@dataclass
class Node:
    val: int
    next: "Node | None" = None
n = Node(1, Node(2))
print(n, asdict(n))
print(typing.get_type_hints(Node))
@dataclass(frozen=True)
class F2:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(F2(1)) == hash(F2(1, [1])))
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int
print(Opts(level=3))
print(dataclasses.astuple(Pixel(Color.BLUE, (3, 4))))
