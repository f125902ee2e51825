from typing import (get_type_hints, Annotated, TypedDict, NamedTuple, Protocol, runtime_checkable, ParamSpec,
                    overload, get_origin, get_args, Optional, Union, Callable, TypeVar, Generic, Literal, ClassVar, Final, Any, Self, NotRequired, Required, cast, TYPE_CHECKING, get_overloads, TypeAlias)
import typing
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "x", "year": 1}
print(m, sorted(Movie.__required_keys__), Movie2.__optional_keys__, Movie2.__total__, sorted(Movie2.__annotations__))
class TD3(TypedDict):
    a: int
    b: NotRequired[str]
print(sorted(TD3.__required_keys__), sorted(TD3.__optional_keys__))
TD4 = TypedDict("TD4", {"x": int, "y": str})
print(TD4(x=1, y="a"), TD4.__annotations__)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def greet(self):
        return f"hi {self.name}"
e = Emp("bob")
print(e, e._fields, e._field_defaults, e.greet(), e._replace(id=5), e._asdict(), Emp.__annotations__)
try:
    Emp()
except TypeError as ex:
    print(ex)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NotRT(Protocol):
    def x(self): ...
try:
    isinstance(1, NotRT)
except TypeError as ex:
    print(ex)
def f(a: int, b: "str" = "x", *args: Annotated[int, "meta"], **kw: float) -> Optional[list[int]]:
    pass
print(get_type_hints(f))
print(get_type_hints(f, include_extras=True)["args"])
print(f.__annotations__)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
print(Box[int], Box[int](3).get(), Box.__parameters__, get_origin(Box[int]), get_args(Box[int]))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Union[int, str]))
print(get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 5]), get_args(Callable[[int, str], bool]), get_args(Literal[1, "a"]))
print(Optional[int], Union[int, str, None], Callable[..., int], Literal["a"], list[int] | None, int | str)
P = ParamSpec("P")
def deco(fn: Callable[P, T]) -> Callable[P, T]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> T:
        return fn(*args, **kwargs)
    return inner
print(P, P.args, P.kwargs, deco(lambda x: x + 1)(1))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(3), len(get_overloads(g)))
print(cast(int, "s"), TYPE_CHECKING, Any, ClassVar[int], Final[int], Self)
class Node:
    nxt: "Optional[Node]"
    val: int
print(get_type_hints(Node))
print(T, T.__name__, TypeVar("U", bound=int).__bound__, TypeVar("V", int, str).__constraints__)
Vec: TypeAlias = list[float]
type IntList = list[int]
print(IntList, IntList.__value__, type(IntList).__name__)
class Tree[T]:
    def __init__(self, v: T): self.v = v
print(Tree.__type_params__, Tree[int])
print(typing.Generic in Tree.__mro__)
def first[T](xs: list[T]) -> T: return xs[0]
print(first.__type_params__, first([4]))
print(isinstance([], typing.Iterable), issubclass(dict, typing.Mapping), isinstance(3, typing.Hashable))
from typing import assert_never, reveal_type, Never, LiteralString, TypeGuard, Concatenate, Unpack, TypeVarTuple
Ts = TypeVarTuple("Ts")
print(Ts, Unpack[Ts], TypeGuard[int], Concatenate[int, P])
