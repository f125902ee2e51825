t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), len(t), t[1:3], t[::-1], t + (4,), t * 2)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), (1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "ok"}[(1, 2)], (1, [2]).__class__.__name__)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
a, *b = t
print(a, b, repr((1,)), repr(((),)), str((1, "a")), max(t), min(t), sum(t), sorted(t))
print(() is (), tuple(t) is t, t[:] is t)
