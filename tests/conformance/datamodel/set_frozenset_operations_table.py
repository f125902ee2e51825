a, b = {1, 2, 3, 4}, frozenset({3, 4, 5})
print(a | b, a & b, a - b, a ^ b, b | a, type(b | a).__name__, type(a | b).__name__)
print(a.union([9], (8,)), a.intersection(range(3)), a.difference(), b.symmetric_difference([5, 6]))
print(a <= a, a < a, {1} < a, a >= {1, 2}, a.isdisjoint(b), a.isdisjoint([7]), b.issubset(range(10)), a.issuperset([1, 1]))
for bad in [lambda: a | [1], lambda: a < [1], lambda: b - 3, lambda: {[]}, lambda: a.remove(99), lambda: set().pop(), lambda: a.add([])]:
    try:
        bad()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
s = set()
s |= {3}
s &= {3, 4}
s ^= {5}
s -= {3}
print(s, s.copy() == s, s.copy() is s, frozenset(s).copy() is not None)
s.update([1], {2}); s.discard(99); s.intersection_update({1, 2, 5}); s.difference_update([2]); s.symmetric_difference_update({7})
print(sorted(s), len(s), 7 in s, {frozenset({1})} == {frozenset([1])}, hash(frozenset()) == hash(frozenset([])))
print(set("hello") == set("ohel"), frozenset([1, 2]) == {1, 2}, {1, 2} != frozenset([1, 2]), set() == frozenset())
class S(set):
    pass
print(type(S([1]) | {2}).__name__, type(S([1]).copy()).__name__, repr(S()), repr(frozenset()), repr(set()))
print(sorted({x % 3 for x in range(10)}), {1, 2}.__len__(), set.__contains__({1}, 1), frozenset.__contains__(frozenset(), 1))
