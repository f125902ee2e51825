f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, hash(f) == hash(frozenset([1, 2, 3])), frozenset())
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1}, f ^ {1, 5})
print({f: "usable as key"}[frozenset({1, 2, 3})], {frozenset([1]), frozenset([1])})
print(f.union([7]), f.copy() is f, frozenset(f) is f, f.issubset({1, 2, 3, 4}))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), sorted(sorted(x) for x in nested))
print(repr(frozenset({1})), repr(set()), repr(frozenset()), str({1, 2}))
