z = zip([1, 2, 3], "ab")
print(type(z).__name__, list(z), list(z))
print(list(zip()), list(zip([1, 2])), list(zip([1], [2], [3])))
for bad in [lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)),
            lambda: list(zip([1], [1], [1, 2], strict=True)), lambda: zip(1), lambda: zip([1], bad=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = enumerate("abc", start=10)
print(next(e), list(e), list(enumerate([], 5)), list(enumerate("xy", -1)))
try:
    enumerate("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def double(x):
    calls.append(x)
    return x * 2
m = map(double, [1, 2, 3])
print(calls, next(m), calls, list(m), calls)
print(list(map(pow, [2, 3], [3, 2], [5, 5])), list(map(lambda a, b: a + b, "ab", "xyz")))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
f = filter(None, [0, 1, "", "a", None, [], [0]])
print(type(f).__name__, list(f), list(filter(str.isdigit, "a1b2")))
try:
    filter(None)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip(*[(1, "a"), (2, "b")])), dict(zip("ab", range(2))), list(zip(range(3), enumerate("pq"))))
