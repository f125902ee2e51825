def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.v})", "__doc__": "made by type()"})
p = Point(3)
print(p, Point.__doc__, Point.__module__, Point.__qualname__, Point.__mro__)
Sub = type("Sub", (Point,), {"extra": 1})
print(Sub(4), Sub.extra, issubclass(Sub, Point), Sub.__bases__)
Meta = type("Meta", (type,), {"tag": "meta"})
K = Meta("K", (), {})
print(type(K).__name__, K.tag, Meta.__mro__)
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(type(5) is int, type("X", (), {})().__class__.__name__, type("Y", (object,), {"__slots__": ()})().__class__.__name__)
