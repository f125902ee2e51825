r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2][1:], r.index(8), r.count(8), r.count(9), 11 in r, 12 in r)
print(r.start, r.stop, r.step, list(range(5, 0, -2)), range(0) == range(5, 2), range(1, 4) == range(1, 5)[:3])
for call in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[100], lambda: r.index(3), lambda: range(), lambda: range(1, 2, 3, 4),
             lambda: r["a"], lambda: len(range(2**64)), lambda: r + r, lambda: r * 2, lambda: hash(range(3)) == hash(range(3)) , lambda: range("3")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
big = range(2**64)
print(big[-1], big[2**63], 2**63 in big, big.index(5), big[::2**62])
print(reversed(range(3)).__length_hint__(), list(reversed(range(1, 10, 4))), range(3).__reversed__ is not None)
print(sorted([range(3), range(0, 3, 1)], key=len) == [range(3)] * 2, range(3)[True], 1.0 in range(3), "1" in range(3))
