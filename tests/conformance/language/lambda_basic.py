square = lambda x: x * x
add = lambda a, b=10, *rest, **kw: (a + b, rest, kw)
print(square(7), add(1), add(1, 2, 3, k=4))
print((lambda: "no args")(), (lambda *a: a)(1, 2))
print(square.__name__, square.__qualname__, (lambda: 0).__name__)
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda s: len(s) > 2, ["ab", "abc", "abcd"])))
nested = lambda x: lambda y: x + y
print(nested(2)(3))
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(i) for i in range(3)])
