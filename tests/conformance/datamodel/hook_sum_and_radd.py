class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*(a + b for a, b in zip(self.c, other.c)))
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Vec{self.c}"
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
print(sum([Vec(1, 1)], Vec(10, 10)))
try:
    sum([Vec(1), 5])
except TypeError as e:
    print(type(e).__name__, e)
print(sum([[1], [2]], []), sum(((1,), (2,)), ()))
