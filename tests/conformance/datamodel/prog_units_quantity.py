class Quantity:
    __slots__ = ("value", "unit")
    def __init__(self, value, unit):
        self.value, self.unit = value, unit
    def _coerce(self, other):
        if isinstance(other, Quantity):
            if other.unit != self.unit:
                raise ValueError(f"unit mismatch: {self.unit} vs {other.unit}")
            return other.value
        if other == 0:
            return 0
        return NotImplemented
    def __add__(self, other):
        v = self._coerce(other)
        return NotImplemented if v is NotImplemented else Quantity(self.value + v, self.unit)
    __radd__ = __add__
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Quantity(self.value * k, self.unit)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, Quantity):
            return self.value / other.value if other.unit == self.unit else Quantity(self.value / other.value, f"{self.unit}/{other.unit}")
        return Quantity(self.value / other, self.unit)
    def __eq__(self, other):
        return isinstance(other, Quantity) and (self.value, self.unit) == (other.value, other.unit)
    def __lt__(self, other):
        return self.value < self._coerce(other)
    def __hash__(self):
        return hash((self.value, self.unit))
    def __neg__(self): return Quantity(-self.value, self.unit)
    def __abs__(self): return Quantity(abs(self.value), self.unit)
    def __bool__(self): return self.value != 0
    def __repr__(self): return f"Quantity({self.value!r}, {self.unit!r})"
    def __format__(self, spec): return f"{format(self.value, spec)} {self.unit}"
legs = [Quantity(1.5, "km"), Quantity(2, "km"), Quantity(0.25, "km")]
total = sum(legs)
print(total, f"{total:.2f}", 3 * legs[1], legs[0] * 2, total / Quantity(0.5, "h"), total / legs[1])
print(sorted(legs), max(legs), min(legs, key=abs), -legs[0], bool(Quantity(0, "m")), Quantity(1, "m") == Quantity(1.0, "m"))
print(len({Quantity(1, "m"), Quantity(1.0, "m"), Quantity(1, "s")}))
try:
    legs[0] + Quantity(1, "h")
except ValueError as e:
    print(type(e).__name__, e)
try:
    legs[0] + "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    legs[0] < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" * legs[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    legs[0].extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
