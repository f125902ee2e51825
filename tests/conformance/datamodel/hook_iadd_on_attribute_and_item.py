class Counter:
    def __init__(self, n=0):
        self.n = n
    def __iadd__(self, k):
        print(f"__iadd__({self.n}, {k})")
        self.n += k
        return self
    def __repr__(self):
        return f"Counter({self.n})"
class Holder:
    def __init__(self):
        self._c = Counter()
    @property
    def c(self):
        print("get c")
        return self._c
    @c.setter
    def c(self, value):
        print("set c", value)
        self._c = value
h = Holder()
h.c += 5
print(h.c)
class Box:
    def __init__(self):
        self.items = {"k": Counter(1)}
    def __getitem__(self, key):
        print("getitem", key)
        return self.items[key]
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.items[key] = value
b = Box()
b["k"] += 2
print(b.items)
t = (Counter(),)
try:
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e, t)
