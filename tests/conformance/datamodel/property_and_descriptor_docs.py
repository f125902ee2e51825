class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        """Degrees Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        self._c = 0.0
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32, doc="Degrees Fahrenheit.")
t = Temperature()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__, Temperature.fahrenheit.__doc__)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
try:
    p.__get__(t)
except AttributeError as e:
    print(type(e).__name__, e)
print(Temperature.__dict__["celsius"].__set_name__ is not None, Temperature.celsius.__isabstractmethod__)
print(classmethod(len).__func__ is len, staticmethod(len).__func__ is len, staticmethod(len)("abc"))
