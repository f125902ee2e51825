t = (1, 2, 2, 3)
print(t.count(2), t.index(2), t.index(3, 1), t[-1], t[1:3], t[::-1], t * 2, 2 * (0,), t + (4,))
for call in [lambda: t.index(9), lambda: t[4], lambda: t + [5], lambda: t["a"], lambda: t.__setitem__(0, 1),
             lambda: tuple(1), lambda: tuple([1], [2]), lambda: t.count(), lambda: (1,) * "2", lambda: hash(([],))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(tuple("ab"), tuple({"k": 1}), tuple(range(3)), () is tuple(), (1,) < (1, 0), (2,) > (1, 9), (1, "a") < (1, "b"))
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
a, *rest = t
print(a, rest, type(rest).__name__)
