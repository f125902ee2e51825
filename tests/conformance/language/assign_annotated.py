x: int = 5
y: "list[str]"
z: dict = {}
print(x, z)
print(__annotations__)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)

class Point:
    x: int
    y: int = 0
    label: str = "origin"

print(Point.__annotations__)
print(Point.y, Point.label, hasattr(Point, "x"))

def f(a: int, b: "str" = "s", *args: float, c: bool = True, **kw: object) -> list:
    v: int = 3
    return [a, b, c]

print(f.__annotations__)
print(f(1))
