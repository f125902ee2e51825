r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2])
print(5 in r, 6 in r, r.index(8), r.count(8), r.count(9), r.start, r.stop, r.step)
print(range(5) == range(0, 5, 1), range(0) == range(2, 2), range(1, 4) == range(1, 5, 5) if False else range(0, 3, 2) == range(0, 4, 2))
print(list(range(10, 0, -3)), list(range(-3)), len(range(0, 10, -1)), list(range(0, -5, -1)))
big = range(0, 10**20, 7)
print(big.stop, big[10**18], 10**19 in big, big[-1], big.index(14))
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    len(range(10**30))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, bool(range(0)))
