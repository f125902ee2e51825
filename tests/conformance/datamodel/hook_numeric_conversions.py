class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__")
        return int(self.v)
    def __int__(self):
        print("__int__")
        return int(self.v) + 1000
    def __float__(self):
        print("__float__")
        return float(self.v)
    def __complex__(self):
        print("__complex__")
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return round(self.v, ndigits)
    def __trunc__(self):
        print("__trunc__")
        return 0

n = Num(3.7)
print(int(n), float(n), complex(n))
print(round(n), round(n, 1))
print([10, 20, 30, 40, 50][Num(2)], "abcdef"[Num(1):Num(3)], hex(Num(255)), bin(Num(2)), oct(Num(8)))
print(range(Num(3)), list(range(10))[Num(7)], (5).__pow__(2), pow(2, Num(3)) if False else "skip")
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), operator_like := [1] * OnlyIndex())
class Bad:
    def __index__(self):
        return "no"
try:
    [1][Bad()]
except TypeError as e:
    print(type(e).__name__, e)
class BadInt:
    def __int__(self):
        return 1.5
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(object())
except TypeError as e:
    print(type(e).__name__, e)
