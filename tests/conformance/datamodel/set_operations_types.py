s = {1, 2, 3}
print(s | frozenset([4]), type(s | frozenset([4])).__name__, type(frozenset([4]) | s).__name__)
print(s.union("ab") == {1, 2, 3, "a", "b"}, s.intersection(range(2, 10)), s.difference(), s.union())
print(s == {3, 2, 1}, s == [1, 2, 3], s != {1}, s <= s, s < s, {1} < s, s > {1}, set() < s)
print(len(set("mississippi")), sorted(set("mississippi")), 2 in s, 5 not in s)
t = set()
t.update("ab", [1], (2,))
print(sorted(t, key=str))
try:
    s < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2}.isdisjoint([3]), {1}.issubset([1, 2]), {1, 2}.issuperset({1}))
e = {x % 3 for x in range(10)}
print(e, {(i, i) for i in range(2)} == {(0, 0), (1, 1)})
