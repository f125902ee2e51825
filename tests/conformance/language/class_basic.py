class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x ** 2 + self.y ** 2

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, Point.__doc__)
print(type(p).__name__, type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted(vars(p).items()))
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p), Point.__init__.__name__)
bound = p.norm2
print(bound(), bound.__self__ is p, bound.__func__ is Point.norm2)
