s = {1, 2, 3}
for call in [lambda: s.remove(9), lambda: set().pop(), lambda: s.add([]), lambda: s | [1], lambda: s - 1,
             lambda: s.union(1), lambda: s.update(5), lambda: frozenset().add, lambda: s < [1], lambda: {[]} ,
             lambda: s.issubset(3), lambda: s.discard({}), lambda: set(1, 2), lambda: s.symmetric_difference()]:
    try:
        r = call()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(s.union([4], (5,)), s.intersection(range(2, 10), [3, 2]), s.difference(), s - {1}, s ^ {3, 4})
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, s.isdisjoint([7]), s.issuperset(range(1, 3)))
print(s.discard(99), sorted(s), {frozenset({1}): "x"}[frozenset([1])], set() == frozenset(), {1} in [{1}])
print({frozenset([1])} == {frozenset([1.0])}, frozenset([1]) in {frozenset([1])}, {1, 2} == frozenset({1, 2}))
try:
    frozenset([1]).discard(1)
except AttributeError as e:
    print(type(e).__name__, e)
fs = frozenset([3, 1])
print(type(fs | {9}).__name__, type({9} | fs).__name__, type(fs.copy()).__name__, fs.copy() is fs)
