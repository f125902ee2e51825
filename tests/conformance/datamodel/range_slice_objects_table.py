r = range(2, 20, 3)
print(r, len(r), r[1], r[-1], r[1:4], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(11), list(r[10:]))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(1, 10, 4) == range(1, 8, 4), hash(range(3)) == hash(range(0, 3)))
print(range(10**20)[-1], len(range(-5)), range(5, 0, -2)[1], bool(range(0)), list(range(3, -3, -2)), range(1, 2).step)
for bad in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: r.index(7), lambda: r[100], lambda: range(10**20).__len__(), lambda: r["a"]]:
    try:
        bad()
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(5))
print("abcdefgh"[s], [0, 1, 2, 3][slice(None, None, -2)], slice(1, 2) == slice(1, 2), hash(slice(1, 2)) == hash(slice(1, 2)))
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
