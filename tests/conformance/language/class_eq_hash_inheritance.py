class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return type(other) is type(self) and other.v == self.v
    def __hash__(self):
        return hash(self.v)

class Child(Base):
    pass

class EqOnly(Base):
    def __eq__(self, other):
        return False

print(Base(1) == Base(1), Base(1) == Child(1), Child(2) == Child(2))
print(len({Base(1), Base(1), Child(1)}))
print(EqOnly.__hash__ is None)
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
class Fallback:
    pass
x = Fallback()
print(x == x, x != Fallback(), x.__eq__(5), x.__ne__(x))
class NotImpl:
    def __eq__(self, other):
        print("NotImpl.__eq__")
        return NotImplemented
print(NotImpl() == NotImpl())
print(NotImpl() == 3, 3 == NotImpl())
