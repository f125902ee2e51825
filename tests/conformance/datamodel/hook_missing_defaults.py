class Defaults(dict):
    def __missing__(self, key):
        print("missing", key)
        value = key.upper() if isinstance(key, str) else key * 2
        self[key] = value
        return value
d = Defaults(a="x")
print(d["a"], d["b"], d[21], d)
print(d.get("zz"), "zz" in d, d.setdefault("q", 1), d.pop("nope", "dflt"))
class Counting(dict):
    def __missing__(self, key):
        return 0
c = Counting()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(sorted(c.items()))
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key!r}")
try:
    Raising()["k"]
except LookupError as e:
    print(type(e).__name__, e)
class NotDict:
    def __missing__(self, key): return "never"
    def __getitem__(self, key): raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError", e)
class Fmt(dict):
    def __missing__(self, key): return "{" + key + "}"
print("{name} is {age}".format_map(Fmt(name="Ann")), "%(name)s/%(x)s" % Fmt(name="B"))
