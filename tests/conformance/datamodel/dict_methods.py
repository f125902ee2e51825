d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d)
print(d.setdefault("b", 100), d.setdefault("new", []), d)
d.update({"x": 9}, y=10)
d.update([("z", 11)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e["b"] = "changed"
print(d["b"], e["b"])
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict(zip("ab", [1, 2])), dict(d, extra=1))
d.clear()
print(d, bool(d))
for bad in ["{}['k']", "{}.pop('k')", "{}.popitem()", "dict([(1, 2, 3)])", "{}.update(5)", "{[]: 1}", "dict.fromkeys(5)"]:
    try:
        eval(bad)
    except (KeyError, TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
