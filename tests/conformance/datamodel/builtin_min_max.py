print(min(3, 1, 2), max("apple", "pear", "fig"), min([4, 2, 8]), max((1, 5), (1, 7)))
print(min("hello"), max({"a": 1, "z": 0}), min(range(5, 0, -1)), max([3, 1], key=lambda x: -x))
print(min([], default="none"), max([], default=None), max([1], default=9), min("b", "A", key=str.lower))
print(max([(1, "b"), (1, "a")]), max([1, 1.0]), max([1.0, 1]), min([True, 1]), max(0, False))
words = ["aa", "b", "cc", "d"]
print(max(words, key=len), min(words, key=len))
for bad in ["min()", "max([])", "min(1)", "max(1, 2, default=0)", "min([1, 'a'])", "max(key=len)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
