class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, a != a)
print(a.__eq__(b), a.__eq__(a), a.__ne__(b), P.__eq__ is object.__eq__)
class Q:
    def __eq__(self, o):
        print("Q.__eq__")
        return NotImplemented
q = Q()
print(q == q, q != q, q == 1, q != 1)
print([q].count(q), q in [q], [q].index(q))
class R:
    def __eq__(self, o): return True
r = R()
print(r == 5, 5 == r, r != 5, None == r)
print(hash(R) is not None, R.__hash__)
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,), {nan: 1}.get(nan))
