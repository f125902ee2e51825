d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "a" in keys, 4 in values)
print(sorted(keys & {"a", "z"}), sorted(keys | {"z"}), sorted(keys - {"a"}), sorted(keys ^ {"a", "q"}))
print(items & {("a", 1), ("b", 99)}, keys == {"a", "b", "c", "d"}, keys.isdisjoint({"x"}))
print(list(reversed(keys)), list(reversed(items))[0], type(keys).__name__, type(values).__name__)
print(keys.mapping == d if hasattr(keys, "mapping") else "no mapping")
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    values & {1}
except TypeError as e:
    print(type(e).__name__, e)
print(d)
