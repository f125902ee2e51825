import typing
from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Generic, TypeVar, Annotated, get_type_hints, Literal, Union, Optional, Any, Callable, Sequence, Mapping, Iterable, Iterator
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
IntPair = Pair[int, V]
print(IntPair, IntPair[str], Pair[int, str].__origin__ is Pair, Pair[int, str].__args__, IntPair.__parameters__)
p = Pair[int, str](1, "a"); print(p.k, type(p).__name__, p.__orig_class__)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
class IntStack(Stack[int]): pass
print(IntStack.__orig_bases__, IntStack.__parameters__, Stack.__parameters__)
print(get_type_hints(Stack.push))
class Point(NamedTuple):
    x: int
    y: int = 0
class Point3(Point):
    def norm(self): return abs(self.x) + abs(self.y)
print(Point3(1, -2).norm(), Point3(1, 2), isinstance(Point(1), tuple), Point._fields, Point.__doc__)
class Cfg(TypedDict, total=False):
    host: str
    port: Annotated[int, "tcp"]
c: Cfg = {"host": "h"}
print(c, Cfg.__total__, get_type_hints(Cfg), get_type_hints(Cfg, include_extras=True))
print(isinstance(c, dict), type(Cfg(host="x")))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class Named(Protocol):
    name: str
class N:
    def __init__(self): self.name = "n"
print(isinstance([], HasLen), isinstance(3, HasLen), isinstance(N(), Named), isinstance(object(), Named), issubclass(list, HasLen))
try:
    issubclass(N, Named)
except TypeError as e:
    print(e)
print(Literal[1, 2] == Literal[2, 1], Union[int, str] == Union[str, int], Optional[int] == Union[int, None], Union[int, int], Union[int])
print(typing.get_origin(Callable[[int], str]), typing.get_args(Callable[..., str]), repr(Sequence[int]), Mapping[str, int], Iterable, Iterator[int])
def deco(fn: Callable[..., T]) -> Callable[..., T]: return fn
print(deco.__annotations__)
print(Any, repr(Any), type(None) | int, int | None, (int | str).__args__)
print(isinstance(3, int | str), isinstance("s", Union[int, str]), issubclass(bool, int | None))
try:
    isinstance(3, list[int])
except TypeError as e:
    print(e)
try:
    Pair[int]
except TypeError as e:
    print(e)
print(typing.TypeAlias, typing.Final, typing.ClassVar[int], typing.Self, typing.Never)
def f(x: "int") -> "list[int]": ...
print(get_type_hints(f))
class Tree:
    children: "list[Tree]"
print(get_type_hints(Tree))
UserId = typing.NewType("UserId", int)
print(UserId(5), UserId, UserId.__supertype__, type(UserId(5)))
print(typing.assert_type(3, int), typing.reveal_type is not None)
