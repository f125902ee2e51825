class Vec:
    def __init__(self, *xs): self.xs = tuple(xs)
    def __len__(self): return len(self.xs)
    def __iter__(self): return iter(self.xs)
    def __getitem__(self, i):
        r = self.xs[i]
        return Vec(*r) if isinstance(i, slice) else r
    def _zip(self, other, op):
        if isinstance(other, Vec):
            if len(other) != len(self):
                raise ValueError(f"length mismatch {len(self)} != {len(other)}")
            return Vec(*(op(a, b) for a, b in zip(self, other)))
        if isinstance(other, (int, float)):
            return Vec(*(op(a, other) for a in self))
        return NotImplemented
    def __add__(self, o): return self._zip(o, lambda a, b: a + b)
    def __radd__(self, o): return self._zip(o, lambda a, b: b + a)
    def __sub__(self, o): return self._zip(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._zip(o, lambda a, b: b - a)
    def __mul__(self, o): return self._zip(o, lambda a, b: a * b)
    __rmul__ = __mul__
    def __matmul__(self, o):
        if not isinstance(o, Vec): return NotImplemented
        return sum(a * b for a, b in zip(self, o, strict=True))
    def __truediv__(self, o): return self._zip(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._zip(o, lambda a, b: a // b)
    def __mod__(self, o): return self._zip(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None): return self._zip(o, lambda a, b: pow(a, b, mod) if mod else a ** b)
    def __neg__(self): return Vec(*(-a for a in self))
    def __abs__(self): return sum(a * a for a in self) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and self.xs == o.xs
    __hash__ = None
    def __repr__(self): return f"Vec{self.xs}"
v, w = Vec(1, 2, 3), Vec(4, 5, 6)
print(v + w, v - 1, 10 - v, 2 * v, v * w, v @ w, w / 2, w // 4, w % 4, v ** 2, pow(v, 3, 5), -v, abs(Vec(3, 4)))
print(v[1], v[::-1], v == Vec(1, 2, 3), v != w, sum([v, w], Vec(0, 0, 0)), 1 + v)
for expr in [lambda: v + Vec(1), lambda: v @ 2, lambda: hash(v), lambda: v + "s", lambda: v @ Vec(1, 2)]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
v2 = v
v2 += 1
print(v2, v, v2 is v)
