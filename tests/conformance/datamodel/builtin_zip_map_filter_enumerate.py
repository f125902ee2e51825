print(list(zip("abc", range(5))), list(zip()), list(zip([1])), list(zip("ab", "cd", "ef")))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "ab")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")), list(map(lambda *a: a, "ab", [1])))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(str.isdigit, "a1b2")), list(filter(lambda v: v % 2, range(7))))
print(list(enumerate("ab", start=5)), list(enumerate([], 1)), list(enumerate("xy", -2)), next(enumerate("q", start=2**70)))
try:
    enumerate("a", "1")
except TypeError as e:
    print(type(e).__name__, e)
e = enumerate("abc")
print(next(e), list(e), list(e))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
print(type(zip()).__name__, type(map(str, [])).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
