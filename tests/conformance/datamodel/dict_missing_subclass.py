class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"))
class DefaultList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value
d = DefaultList()
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, type(d).__name__, isinstance(d, dict))
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u, dict(u), Upper(z=3))
class Attr(dict):
    __getattr__ = dict.__getitem__
a = Attr(name="n")
print(a.name)
try:
    a.other
except KeyError as e:
    print(type(e).__name__, e)
