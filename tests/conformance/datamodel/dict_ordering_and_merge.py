d = {}
for k in ["zeta", "alpha", "mid"]:
    d[k] = len(k)
print(list(d))
d["alpha"] = 0
print(list(d), d)
del d["zeta"]
d["zeta"] = 1
print(list(d))
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b})
a |= b
print(a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {0: 1, False: 2, 0.0: 3})
print(dict(sorted({"b": 1, "a": 2}.items())), {k: v for k, v in reversed(list({"a": 1, "b": 2}.items()))})
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"b": 2, "a": 1}) == list({"a": 1, "b": 2}))
