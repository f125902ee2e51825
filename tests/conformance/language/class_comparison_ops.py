class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts

vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a > b, a <= b, a >= b)

class OnlyEq:
    pass
try:
    OnlyEq() < OnlyEq()
except TypeError as e:
    print(type(e).__name__, e)
x = OnlyEq()
print(x == x, x != x, x == OnlyEq())
print(type(Version.__hash__).__name__ if Version.__hash__ is not None else "unhashable: __eq__ without __hash__")
try:
    hash(a)
except TypeError as e:
    print(type(e).__name__, e)
