d = {}
d[1] = "one"
d[1.0] = "float one"
d[True] = "true"
d[(1, 2)] = "tuple"
d[frozenset({1})] = "frozenset"
d[None] = "none"
d["1"] = "string"
print(d)
print(d[1], d[(1, 2)], d[frozenset([1])], len(d))
nan = float("nan")
d2 = {nan: 1}
d2[nan] = 2
print(len(d2), d2[nan])
d2[float("nan")] = 3
print(len(d2))
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, Key) and self.k == other.k
d3 = {Key(1): "a"}
print(d3[Key(1)])
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
try:
    {BadHash(): 1}
except RuntimeError as e:
    print(type(e).__name__, e)
