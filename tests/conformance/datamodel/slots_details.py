class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(p.x, p.y, Point.__slots__, type(Point.x).__name__, hasattr(p, "__dict__"))
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
class StrSlot:
    __slots__ = "single"
s = StrSlot()
s.single = "ok"
print(s.single)
class Parent:
    __slots__ = ("a",)
class Kid(Parent):
    __slots__ = ("b",)
k = Kid()
k.a, k.b = 1, 2
print(k.a, k.b, hasattr(k, "__dict__"))
try:
    k.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
