print(dict(), dict(a=1), dict({"a": 1}, b=2), dict([("a", 1), ("b", 2)]), dict(zip("ab", "xy")))
print(dict([["k", "v"]]), dict(((1, 2),)), dict.fromkeys("ab", []), {**{"a": 1}, "b": 2})
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared)
print({i: i * i for i in range(4)}, dict(sorted({"b": 2, "a": 1}.items())))
class Pairs:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Pairs()), {**Pairs()})
for bad in ["dict(1)", "dict([1])", "dict(['ab', 'c'])", "dict([('a',)])", "dict({}, {})"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
print(dict(["ab", "cd"]))
