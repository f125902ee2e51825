class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("Meters.__add__")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__")
        return self.__add__(other)
    def __sub__(self, other):
        return NotImplemented
    def __rsub__(self, other):
        print("Meters.__rsub__")
        return Meters(other - self.v)
    def __repr__(self):
        return f"{self.v}m"

class Feet(Meters):
    def __radd__(self, other):
        print("Feet.__radd__ (subclass reflected first)")
        return "feet win"

print(Meters(1) + 2)
print(3 + Meters(1))
print(sum([Meters(1), Meters(2)]))
print(10 - Meters(4))
print(Meters(1) + Feet(2))
try:
    Meters(1) - Meters(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
