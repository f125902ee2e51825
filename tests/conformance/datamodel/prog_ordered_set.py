class OrderedSet:
    def __init__(self, items=()):
        self._d = dict.fromkeys(items)
    def add(self, x):
        self._d[x] = None
    def discard(self, x):
        self._d.pop(x, None)
    def __contains__(self, x):
        return x in self._d
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
    def __repr__(self):
        return f"OrderedSet({list(self._d)!r})"
    def __eq__(self, other):
        if isinstance(other, OrderedSet):
            return list(self) == list(other)
        if isinstance(other, (set, frozenset)):
            return set(self) == other
        return NotImplemented
    def __or__(self, other):
        return OrderedSet([*self, *other])
    def __and__(self, other):
        return OrderedSet(x for x in self if x in other)
    def __sub__(self, other):
        return OrderedSet(x for x in self if x not in other)
    __hash__ = None

s = OrderedSet("mississippi")
print(s, len(s), "s" in s, list(s))
t = OrderedSet(["p", "x", "i"])
print(s | t, s & t, s - t, s == OrderedSet("misp"), s == {"m", "i", "s", "p"}, s == "misp")
s.add("z")
s.discard("m")
s.discard("nope")
print(s, sorted(s), [c.upper() for c in s])
try:
    {s}
except TypeError as e:
    print(type(e).__name__, e)
