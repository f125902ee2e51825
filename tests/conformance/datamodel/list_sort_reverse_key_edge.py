pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b"), (3, "c")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
l = pairs[:]
l.sort(key=lambda p: p[0], reverse=True)
print(l == sorted(pairs, key=lambda p: p[0], reverse=True))
l.reverse()
print(l)
words = ["b", "A", "c", "B", "a"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True))
print(sorted([3.0, 1, 2.5, True, -0.0, 0]), sorted([[2], [1, 5], [1], []]), sorted([(1, None), (0, None)]))
try:
    sorted([(1, None), (1, None)])
    print("equal tuples never compare None")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(len(sorted([3, nan, 1])), sorted([]), sorted(""), sorted("cba"), sorted(b"cab"), sorted({3: 0, 1: 0}.items()))
