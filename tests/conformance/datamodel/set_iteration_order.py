# CPython's set iteration order is deterministic for ints (hash(n) == n): it follows the hash
# table's slots, not insertion order. Real programs print such sets, so the order matters.
print({3, 1, 2}, {10, 1, 5}, {100, 7, 8}, {8, 7}, {-1, 0, 1}, {32, 1, 16})
s = set()
for n in [5, 3, 9, 1, 33]:
    s.add(n)
print(s, list(s), [x * 2 for x in s])
s.discard(9)
s.add(17)
print(s)
print({1, 2, 3} | {64, 0}, set(range(10, 0, -1)), {2**40, 1})
print(frozenset([9, 8, 7]), {(1, 2), (0, 0)} == {(0, 0), (1, 2)})
print(sorted({"b", "a", "c"}))
