class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.z, hasattr(q, "__dict__"))
class Loose(Point): pass
l = Loose(1, 2)
l.extra = 9
print(l.__dict__)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
print(Single.__slots__, hasattr(Single, "only"))
try:
    class BadSlot:
        __slots__ = (1,)
except TypeError as e:
    print(type(e).__name__, e)
