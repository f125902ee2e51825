def f[T=int, U: str = "x"](): pass
T, U = f.__type_params__
print(T.__default__, U.__default__, U.__bound__, T.has_default())
class C[T=str, **P=[int, str]]: pass
a, c = C.__type_params__
print(a.__default__, c.__default__, a.has_default(), c.has_default())
class C2[*Ts=*tuple[int, ...]]: pass
print(C2.__type_params__[0].has_default())
type A[T=int] = list[T]
print(A.__type_params__[0].__default__)
def g[V](): pass
import typing
print(g.__type_params__[0].__default__ is typing.NoDefault, g.__type_params__[0].has_default())
print(typing.NoDefault, typing.TypeVar("Q").has_default(), typing.TypeVar("Q", default=int).__default__)
class D[X: int = bool]: pass
print(D.__type_params__[0].__default__, D.__type_params__[0].__bound__)
class Pair[K, V = int]:
    pass
print(Pair[str], Pair[str, str], Pair.__orig_bases__ if hasattr(Pair, "__orig_bases__") else None, Pair.__parameters__)
try:
    Pair[1, 2, 3]
except TypeError as e:
    print(e)
import typing
print(typing.Generic, typing.Protocol)
T = typing.TypeVar("T")
class Box(typing.Generic[T]): pass
print(Box.__orig_bases__, Box[int])
class Pr(typing.Protocol[T]): pass
print(Pr.__orig_bases__)
