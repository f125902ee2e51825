from __future__ import annotations
x: list[int] = []
class C:
    a: int
    b: "str"
    c: dict[str, C] = {}
def f(a: int, *args: tuple[int, ...], b: C | None = None, **kw: float) -> list[C]:
    pass
print(__annotations__, C.__annotations__, f.__annotations__)
C.a = 1
def g(x: undefined_name) -> also_undefined: pass
print(g.__annotations__)
lam: (lambda: 1) = 2
y: 1 + 2 * 3
print(__annotations__)
def h(a: Callable[[int, str], Awaitable[None]], b: tuple[()] = (), c: "x" | None = None, d: -1 = 0, e: a.b.c[1:2, ::3] = 0, f: (int, str) = 0, g: not x or y and z = 0, i: x if y else z = 0, j: [int, *Ts] = 0, k: {1: 2, **d} = 0, l: 2 ** -1 = 0, m: (a + b) * c = 0, n: a ** b ** c = 0, o: (a ** b) ** c = 0, p: f(x, *y, z=1, **w) = 0, q: 1e400 = 0, r: b"x'" = 0, s: 3j = 0, t: 1.5 = 0, u: {x for x in y if x} = 0, v: lambda x, /, y=1, *a, z, **k: 0 = 0, w: 1 .real = 0, x2: a < b <= c is not d = 0, y2: tuple[int] = 0, z2: tuple[int,] = 0): pass
for k, v in h.__annotations__.items():
    print(k, v)
from dataclasses import dataclass
@dataclass
class DC:
    a: int
    b: list[str]
    c: "int" = 0
print(DC(1, ["x"]), DC.__annotations__)
import typing
print(typing.get_type_hints(DC))
