class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version): return NotImplemented
        return self.parts < o.parts
    def __hash__(self): return hash(self.parts)
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), sorted(vs, reverse=True))
a, b = Version("1.0"), Version("2.0")
print(a < b, b > a, a == Version("1.0"), a != b, a in vs, len(set(vs)))
for op in [lambda: a <= b, lambda: a >= b, lambda: a < "1.0", lambda: a == "1.0"]:
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
print(a < b < Version("3"), a < b > Version("0.1"), Version("1") == Version("1") == Version("1.0"))
class Loud:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"{self.n}<{o.n}", end=" ")
        return self.n < o.n
print([x.n for x in sorted([Loud(3), Loud(1), Loud(2)], key=lambda x: x.n)])
print(Loud(1) < Loud(2) < Loud(0))
