class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
x = [10, 20, 30, 40]
print(x[I(1)], x[I(-1)], x[I(1):I(3)], "abcd"[I(2)], (1, 2, 3)[I(0)])
print(bin(I(5)), hex(I(255)), oct(I(8)), range(I(3))[-1], int.__index__(7))
print([0] * I(3), "ab" * I(2), operator_like := None)
class BadIndex:
    def __index__(self): return 1.5
for f in [lambda: x[BadIndex()], lambda: bin(BadIndex()), lambda: range(BadIndex())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
class BoolIndex:
    def __index__(self): return True
print(x[BoolIndex()])
try:
    x[1.0]
except TypeError as e:
    print(e)
try:
    "abc"["1"]
except TypeError as e:
    print(e)
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(int(I(4)) if hasattr(I, "__int__") else "no __int__", I(3).__index__())
try:
    int(I(4))
    print("int() used __index__")
except TypeError as e:
    print(e)
