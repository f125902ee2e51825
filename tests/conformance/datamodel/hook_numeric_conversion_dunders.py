class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v) * 10
    def __abs__(self): return Num(abs(self.v))
    def __repr__(self): return f"Num({self.v})"
n = Num(-2.7)
print(int(n), float(n), complex(n), abs(n), bin(Num(1)), [1, 2, 3][Num(0)] if False else "skip", range(Num(0.3)))
class OnlyFloat:
    def __float__(self): return 4.5
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
print(complex(OnlyFloat()), round(float(OnlyFloat())))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self): return "7"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BoolInt:
    def __int__(self): return True
print(int(BoolInt()), type(int(BoolInt())).__name__)
class BadComplex:
    def __complex__(self): return 1.0
try:
    complex(BadComplex())
except TypeError as e:
    print(type(e).__name__, e)
class Bytesy:
    def __bytes__(self): return b"raw"
print(bytes(Bytesy()), bytearray(Bytesy()) if False else "-")
class BadBytes:
    def __bytes__(self): return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
