pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1,), (1, 0)), ((), ()), ((2,), (1, 9)), ((1, "a"), (1, "b")), (("a", 1), ("a", 1.0))]
for a, b in pairs:
    print(a, b, a == b, a < b, a <= b, a > b, hash(a) == hash(b))
print((1, (2, (3,))) == (1, (2, (3,))), hash((1, (2, (3,)))) == hash((1, (2, (3,)))), (1, [2]) == (1, [2]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(tuple() is (), (1,) * 0 is (), (1, 2)[::-1], tuple(reversed((1, 2, 3))), divmod(7, 2) == (3, 1))
