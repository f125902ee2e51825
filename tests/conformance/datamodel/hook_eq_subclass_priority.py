class Base:
    def __eq__(self, other):
        print(f"Base.__eq__({type(self).__name__}, {type(other).__name__})")
        return NotImplemented
    __hash__ = object.__hash__
class Derived(Base):
    def __eq__(self, other):
        print(f"Derived.__eq__({type(self).__name__}, {type(other).__name__})")
        return NotImplemented
b, d = Base(), Derived()
print(b == d)
print(d == b)
print(b == b)
class Plain:
    def __lt__(self, other):
        print("Plain.__lt__")
        return NotImplemented
class Sub(Plain):
    def __gt__(self, other):
        print("Sub.__gt__")
        return "sub wins"
print(Plain() < Sub())
print(Sub() < Plain() if False else "skip")
class Same:
    def __gt__(self, other):
        print("Same.__gt__")
        return NotImplemented
    def __lt__(self, other):
        print("Same.__lt__")
        return NotImplemented
try:
    Same() < Same()
except TypeError as e:
    print(type(e).__name__, e)
