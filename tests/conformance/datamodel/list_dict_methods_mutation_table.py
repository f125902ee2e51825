l = [5, 3, 5, 1]
print(l.count(5), l.index(5, 1), l.copy(), l[:], l * 0, [] * 3, l + [], l.__contains__(3), l.__reversed__().__class__.__name__)
l.extend(range(2)); l.insert(-1, "m"); l.remove(5); l += "ab"; l *= 1
print(l, l.pop(), l.pop(-2), l)
del l[::2]
print(l)
l[1:3] = []
l[len(l):] = [9, 9]
print(l, l == [3, 9, 9] or l)
try:
    l[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
d = {"b": 1, "a": 2}
print(d.setdefault("c", []), d.setdefault("b", 99), d.pop("a"), d.pop("zz", "dflt"), d.popitem(), d, d.get("b"), d.copy() == d)
d.update([("x", 1)], y=2); d.update({"z": 3}); d |= {"w": 4}
print(d, list(d.keys()), list(d.values())[-1], dict.fromkeys("ab", []), {}.fromkeys([]), len(d))
for bad in [lambda: d.pop("nope"), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1]), lambda: d.update([(1, 2, 3)]),
            lambda: dict([("a",)]), lambda: d.setdefault(), lambda: d.get(), lambda: {}.fromkeys(), lambda: d["missing"]]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
keys = d.keys()
d["new"] = 0
print(keys, "new" in keys, keys & {"new", "q"}, sorted(keys - {"b"}), sorted(keys | ["q"]), sorted(keys ^ {"b", "q"}), keys == set(d), keys.isdisjoint({"zz"}))
items = d.items()
print(("new", 0) in items, ("new", 1) in items, items & {("b", 1)}, len(items), d.values().__class__.__name__, repr(d.values())[:12])
print(keys.mapping is not None, type(keys.mapping).__name__, dict(keys.mapping) == d)
