from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
    runtime_checkable, NamedTuple, TypedDict, cast, overload, Iterable, Iterator, Sequence, Mapping,
    Literal, ClassVar, Final, get_type_hints, get_origin, get_args, Annotated, Set, Type, NewType, TYPE_CHECKING)
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int], str])
print(Any, Literal["a", 1], ClassVar[int], Union[int, None] == Optional[int], Union[int], Union[int, Union[str, int]])
T = TypeVar("T"); K = TypeVar("K", bound=int)
print(T, K.__bound__, List[T], List[T][int], Dict[str, T].__parameters__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, Box.__parameters__, Box[int](5).v)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(3, Closer))
class P(NamedTuple):
    x: int
    y: str = "a"
    def m(self): return self.x * 2
print(P(1), P(1, "b").m(), P._fields, isinstance(P(1), tuple))
class M(TypedDict, total=False):
    a: int
print(M(a=1), type(M(a=1)), M.__optional_keys__)
print(cast(int, "x"), get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), Annotated[int, "m"])
def f(a: int, b: "str") -> List[int]: pass
print(get_type_hints(f), TYPE_CHECKING)
print(isinstance([], Iterable), isinstance([], List), issubclass(list, Sequence))
UserId = NewType("UserId", int); print(UserId(5), UserId)
@overload
def g(x: int) -> int: ...
def g(x): return x
print(g(2), Type[int], Set[int], int | None)
try: isinstance([], List[int])
except TypeError as e: print(e)
