d = dict.fromkeys("abcde", 0)
del d["c"]
d["f"] = 1
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[:2])
it = reversed(d)
next(it)
d.pop("a")
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
d["new"] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
empty = {}
print(list(reversed(empty)), reversed(empty).__length_hint__(), next(reversed(empty), "none"))
class OD(dict):
    pass
print(list(reversed(OD(x=1, y=2))), type(reversed(OD())).__name__)
d2 = {1: "a", 2: "b"}
r = reversed(d2.keys())
d2[1] = "changed"
print(list(r), list(reversed(d2.values())))
try:
    reversed(d2.keys()).__length_hint__(1)
except TypeError as e:
    print(type(e).__name__, e)
