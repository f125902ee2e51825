s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {7, 2}
print(sorted(alias), alias is s)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
s.update([10], (11,), range(12, 13))
s.intersection_update([10, 11, 4, 7], range(20))
s.difference_update([4], [11])
s.symmetric_difference_update([1, 7])
print(sorted(s))
class Tags(set):
    def __repr__(self): return f"Tags({sorted(self)})"
t = Tags([3, 1])
print(t | {2}, type(t | {2}).__name__, type(t.union()).__name__, type(t.copy()).__name__, type({2} | t).__name__)
fs = frozenset([1])
fs2 = fs
fs |= {2}
print(sorted(fs), sorted(fs2), fs is fs2)
class FS(frozenset):
    pass
print(type(FS([1]) | {2}).__name__, FS([1]) == {1}, hash(FS([1])) == hash(frozenset([1])))
