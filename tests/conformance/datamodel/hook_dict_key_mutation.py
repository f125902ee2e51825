class Key:
    def __init__(self, v): self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, Key) and self.v == o.v
    def __repr__(self): return f"Key({self.v})"
k = Key(1)
d = {k: "one"}
print(d[k])
print(d[Key(1)])
k.v = 2
print(Key(2) in d, Key(1) in d, k in d)
print(list(d))
class ConstHash:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return self.n == o.n
s = {ConstHash(i) for i in range(5)}
print(len(s), ConstHash(3) in s, ConstHash(9) in s)
class EqFails:
    def __hash__(self): return 0
    def __eq__(self, o): raise RuntimeError("eq exploded")
d2 = {EqFails(): 1}
try:
    d2[EqFails()]
except RuntimeError as e:
    print(type(e).__name__, e)
e = EqFails()
try:
    d2[e] = 2
except RuntimeError as err:
    print("insert compared with the colliding key:", err)
print(len(d2))
