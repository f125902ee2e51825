import math
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, nd=None): return ("round", nd)
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
n = Num(3.7)
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), operator_index := n.__index__())
print(bin(n), hex(n), [1, 2, 3, 4][n], "abcd"[n], range(10)[n], math.isqrt(Num(17)), divmod(7, Num(2)) if False else "skip")
class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()), math.sqrt(OnlyFloat()), complex(OnlyFloat()))
for bad in [lambda: int(OnlyFloat()), lambda: [1][OnlyFloat()], lambda: round(OnlyFloat()), lambda: math.floor(OnlyFloat()) if False else (_ for _ in ()).throw(TypeError("skip"))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return "x"
class BadInt:
    def __int__(self): return 1.5
class BadIndex:
    def __index__(self): return "1"
for bad in [lambda: float(BadFloat()), lambda: int(BadInt()), lambda: int(BadIndex()), lambda: complex(BadFloat())]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class SubFloat(float):
    pass
class ReturnsSub:
    def __float__(self): return SubFloat(1.5)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    r = float(ReturnsSub())
print(type(r).__name__, r)
class IntLike:
    def __int__(self): return 42
print(int(IntLike()), int(True), int(False), float(True))
try:
    [1][IntLike()]
except TypeError as e:
    print(type(e).__name__, e)
