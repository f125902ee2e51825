def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g
    @staticmethod
    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return NotImplemented
    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)
    __radd__ = __add__
    def __neg__(self):
        return Frac(-self.num, self.den)
    def __sub__(self, other):
        return self + -other
    def __rsub__(self, other):
        return -self + other
    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.num, self.den * other.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den, self.den * other.num)
    def __rtruediv__(self, other):
        return Frac(other) / self
    def __pow__(self, n):
        return Frac(self.num ** n, self.den ** n) if n >= 0 else Frac(self.den ** -n, self.num ** -n)
    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return NotImplemented
        return (self.num, self.den) == (other.num, other.den)
    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den
    def __le__(self, other):
        return self < other or self == other
    def __hash__(self):
        return hash((self.num, self.den)) if self.den != 1 else hash(self.num)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __bool__(self):
        return self.num != 0
    def __repr__(self):
        return f"Frac({self.num}, {self.den})"
    def __str__(self):
        return f"{self.num}/{self.den}" if self.den != 1 else str(self.num)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)

h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 * t, 1 / t, h ** 2, t ** -2, -h)
print(h == Frac(2, 4), h == 0.5, Frac(4, 2) == 2, {Frac(2, 1): "x"}[2], h < t, t <= h, sorted([h, t, Frac(-1, 5)]))
print(float(t), int(Frac(7, 2)), bool(Frac(0, 5)), f"{t:.3f}", f"{h}", repr(Frac(6, -4)), sum([h, t, Frac(1, 6)]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    h + 0.5
except TypeError as e:
    print(type(e).__name__, e)
