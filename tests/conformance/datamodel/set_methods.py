s = {3, 1, 2}
s.add(4)
s.add(1)
s.update([5, 6], {7})
print(s, len(s))
s.discard(7)
s.discard(100)
s.remove(6)
print(s, s.pop() in {1, 2, 3, 4, 5}, len(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([4, 10]))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
c = set(a)
c &= {1, 2, 9}
print(c)
c |= {7}
c -= {1}
c ^= {2, 8}
print(c)
c.intersection_update([7, 8, 0])
c.difference_update([8])
c.symmetric_difference_update([1])
print(c, c.copy() == c, c.copy() is c)
c.clear()
print(c, set(), set("aab") == {"a", "b"}, {1, 2} == frozenset([1, 2]))
for bad in ["set().pop()", "{1}.remove(2)", "{[1]}", "{1} | [2]", "{1} < [1]", "set(5)"]:
    try:
        eval(bad)
    except (KeyError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
