d = {"a": 1}
for call in [lambda: d["z"], lambda: d.pop("z"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]),
             lambda: d.update([("a", 1, 2)]), lambda: dict([(1,)]), lambda: dict(1), lambda: d.get(), lambda: d.fromkeys(),
             lambda: d.setdefault(), lambda: {[]: 1}, lambda: d[[1]], lambda: d | 1, lambda: d.update({}, {}),
             lambda: dict.fromkeys(5), lambda: d.keys()[0], lambda: d < d]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], []), d.get("z", 0), d.pop("z", None), d.setdefault("b"), d)
print(dict(a=1, **{"b": 2}), dict({"x": 1}, y=2), dict([("k", "v"), "ab"]), dict(zip("xy", range(2))))
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
