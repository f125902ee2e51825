class Point(tuple):
    __slots__ = ()
    _fields = ("x", "y")
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"
    def _replace(self, **kw):
        return Point(kw.get("x", self.x), kw.get("y", self.y))
p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), hash(p) == hash((1, 2)), p._replace(y=5))
x, y = p
print(x + y, sorted([Point(2, 1), Point(1, 5)]), p + (3,), type(p + (3,)).__name__, type(p[:1]).__name__)
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
print({p: "hashable"}[(1, 2)], isinstance(p, tuple), Point.__mro__[1].__name__)
