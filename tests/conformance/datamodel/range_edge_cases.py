r = range(10, -10, -3)
print(list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]), r.index(-2), -2 in r, -3 in r)
print(1.0 in range(3), 1.5 in range(3), "a" in range(3), True in range(3), range(3).count(1.0))
print(range(0, 10, 2)[-2:], range(5)[::-1][1], list(range(5)[1::2]), range(0) == range(5, 5), range(1, 2) != range(1, 3))
print(bool(range(3)), list(reversed(range(1, 10, 4))), list(range(-5, -1)), min(range(4, 9)), max(range(4, 9)))
print(repr(range(0)), repr(range(1, 5)), repr(range(1, 5, 1)), str(range(-1, 1, 2)))
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(0)) == hash(range(5, 5)), {range(3): "ok"}[range(0, 3)])
