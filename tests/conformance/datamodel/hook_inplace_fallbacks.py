class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return V(self.v + o)
    def __isub__(self, o):
        print("__isub__ returns NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__")
        return V(self.v - o)
    def __imul__(self, o):
        print("__imul__")
        self.v *= o
        return self
    def __repr__(self):
        return f"V({self.v})"
x = V(10)
orig = x
x += 1
print(x, x is orig)
x = orig
x -= 1
print(x, x is orig)
x = orig
x *= 3
print(x, x is orig)
try:
    x /= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x **= 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x @= 2
except TypeError as e:
    print(type(e).__name__, e)
