d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
i = d.items()
print(repr(k), repr(v), repr(i), len(k), len(v), len(i))
del d["a"]
print(k, v, i)
print(k == {"b"}, k == ["b"], v == v, d.values() == d.values(), i == {("b", 2)})
print(set(k), list(i)[0], ("b", 2) in i, ("b", 3) in i, 2 in v)
print(sorted(k | ["z"]), k & ["b", "q"], k - {"b"}, sorted(i | {("c", 3)}), k <= {"b", "c"}, k > set())
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(k)
except TypeError as e:
    print(type(e).__name__, e)
e = {}
print(e.keys(), e.items(), list(e.values()), bool(e.keys()))
big = dict.fromkeys(range(5), 0)
print(list(reversed(big.keys())), list(reversed(big.values())), sorted(big.items(), reverse=True)[0])
