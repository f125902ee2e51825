class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, other.c)))
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.c == other.c
    def __hash__(self):
        return hash(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __bool__(self):
        return any(self.c)
    def __contains__(self, v):
        return v in self.c

v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 3 * v, -v, abs(v))
print(v == Vec(3, 4), v != Vec(3, 4), v == (3, 4), len(v), v[1], v[-1])
print(bool(Vec(0, 0)), bool(v), 4 in v, 5 in v, list(v))
print({v: "hashable"}[Vec(3, 4)])
try:
    v + 1
except TypeError as e:
    print(type(e).__name__, e)
