class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"A.__lt__({self.v}, {getattr(other, 'v', other)})")
        if not isinstance(other, A):
            return NotImplemented
        return self.v < other.v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {getattr(other, 'v', other)})")
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v
    __hash__ = None

print(A(1) < A(2))
print(A(2) > A(1))
print(A(1) == A(1), A(1) != A(2))
print(A(1) == 5)
print(5 == A(1))
try:
    A(1) <= A(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A(1) < 3
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    def __gt__(self, other):
        print("B.__gt__ (reflected, subclass first)")
        return True
print(A(1) < B(0))
class Ident:
    pass
x = Ident()
print(x == x, x != x, x == Ident(), [x] == [x], x in [x])
