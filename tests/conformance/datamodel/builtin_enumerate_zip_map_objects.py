e = enumerate("abc", start=10)
print(type(e).__name__, next(e), list(e), list(e))
print(list(enumerate([])), list(enumerate("x", -1)))
z = zip("ab", [1, 2, 3])
print(type(z).__name__, list(z))
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip("a", "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
m = map(str.upper, "ab")
print(type(m).__name__, list(m), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")))
f = filter(str.isdigit, "a1b2")
print(type(f).__name__, list(f), list(filter(None, [0, "", "x", 3])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())), list(reversed(range(2, 5))))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
