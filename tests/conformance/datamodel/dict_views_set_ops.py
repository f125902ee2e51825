a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb), type(ka & kb).__name__)
print(ka & {"x"} == {"x"}, sorted(ka | ["q"]), ka.isdisjoint(["m"]), ka == {"x", "y", "z"}, ka <= {"x", "y", "z", "a"}, ka > {"x"})
ia = a.items()
print(("x", 1) in ia, ("x", 2) in ia, sorted(ia - {("x", 1)}), sorted(ia & {("y", 2), ("y", 3)}), len(ia))
va = a.values()
print(2 in va, list(va), va == a.values(), a.values() == a.values())
for bad in [lambda: va | va, lambda: ka[0], lambda: ka + kb, lambda: {("k", []): 1}, lambda: ("k", []) in ia, lambda: ka | 1]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(a.keys()), repr(a.items()), repr(a.values()), repr({}.keys()))
m = ka.mapping
print(type(m).__name__, m["x"], ka.mapping is not a)
a["new"] = 4
print(list(ka), len(va), list(reversed(ia)))
