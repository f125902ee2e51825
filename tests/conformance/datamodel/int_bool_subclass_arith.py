class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m + 1).__name__, type(-m).__name__, type(abs(m)).__name__, type(m * 1).__name__)
print(m == 5, m.bit_length(), type(int(m)).__name__, repr(m), str(m), m.real, type(m.real).__name__)
class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))
    def __repr__(self):
        return f"${int(self)}"
print(Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)], Money(0)))
print(int.__add__(Money(2), 2), type(Money(2) - 1).__name__)
class Small(int):
    def __new__(cls, v):
        if v > 10:
            raise ValueError("too big")
        return super().__new__(cls, v)
print(Small(3), Small(7) + Small(1), type(Small(7)).__name__)
try:
    Small(11)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(m, int), issubclass(MyInt, int), MyInt.__mro__[1].__name__)
