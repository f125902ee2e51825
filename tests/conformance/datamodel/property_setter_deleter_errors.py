class Temp:
    def __init__(self): self._c = 0
    @property
    def celsius(self):
        """Temperature in C."""
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, Temp.fahrenheit.__doc__)
for action in [lambda: setattr(t, "fahrenheit", 1), lambda: delattr(t, "celsius"), lambda: setattr(t, "celsius", -300)]:
    try:
        action()
    except (AttributeError, ValueError) as e:
        print(type(e).__name__, e)
p = Temp.celsius
print(p.fget.__name__, p.fset.__name__, p.fdel, type(p.getter(lambda s: 1)).__name__, p.getter(lambda s: 1) is p)
class Named:
    x = property(lambda self: 1)
    y = property(doc="only doc")
n = Named()
try:
    n.x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n.y
except AttributeError as e:
    print(type(e).__name__, e)
print(Named.y.__doc__, Named.x.__name__ if hasattr(Named.x, "__name__") else "-")
class Sub(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return f"{self._c}C"
s = Sub()
s.celsius = 5
print(s.celsius, Temp().celsius)
