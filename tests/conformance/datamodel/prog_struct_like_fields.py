class Meta(type):
    def __new__(mcls, name, bases, ns):
        fields = [k for k, v in ns.get("__annotations__", {}).items()]
        for b in bases:
            fields = list(getattr(b, "_fields", ())) + fields
        ns["_fields"] = tuple(fields)
        ns["__slots__"] = tuple(f for f in ns.get("__annotations__", {}))
        return super().__new__(mcls, name, bases, ns)
class Struct(metaclass=Meta):
    def __init__(self, *args, **kwargs):
        if len(args) > len(self._fields):
            raise TypeError(f"{type(self).__name__} takes {len(self._fields)} positional arguments but {len(args)} were given")
        values = dict(zip(self._fields, args))
        for k, v in kwargs.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__} got an unexpected keyword argument {k!r}")
            if k in values:
                raise TypeError(f"{type(self).__name__} got multiple values for argument {k!r}")
            values[k] = v
        missing = [f for f in self._fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(map(repr, missing))}")
        for k, v in values.items():
            setattr(self, k, v)
    def __iter__(self):
        return (getattr(self, f) for f in self._fields)
    def __eq__(self, other):
        return type(self) is type(other) and tuple(self) == tuple(other)
    def __hash__(self):
        return hash((type(self).__name__, *self))
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"
class Point(Struct):
    x: int
    y: int
class Point3(Point):
    z: int
p = Point(1, y=2)
q = Point3(1, 2, z=3)
print(p, q, Point3._fields, Point3.__slots__, tuple(q), p == Point(1, 2), p == q, len({p, Point(1, 2)}))
x, y = p
print(x, y, hasattr(p, "__dict__"))
for args, kw in [((1, 2, 3), {}), ((1,), {"x": 2}), ((1,), {"w": 0}), ((), {"x": 1})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.w = 5
except AttributeError as e:
    print(type(e).__name__, e)
