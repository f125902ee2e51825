names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(list(zip(names, ages)), list(zip(names, ages, "xy")), list(zip()))
try:
    list(zip(names, [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(enumerate(names, 1)), dict(zip(names, ages)))
print(list(map(len, names)), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(reversed(names)), list(reversed(range(3))), list(reversed("abc")))
print(sorted(names, key=len, reverse=True), sorted(zip(ages, names)))
print(min(ages), max(names, key=len), min([], default="empty"), max(3, 1, 2), min("b", "a", key=str.upper))
print(sum(ages), sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 3))
print(any([]), all([]), any(x > 35 for x in ages), all(isinstance(n, str) for n in names))
it = iter(range(3))
print(next(it), list(it), list(it))
print(list(iter([1, 2, 3, None, 4].pop, None)) if False else "skip")
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
