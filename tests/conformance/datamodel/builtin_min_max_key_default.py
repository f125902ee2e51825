words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(words, key=lambda w: (len(w), w)), max(words, key=lambda w: w[-1]))
print(min([], default="none"), max((), default=None), min([3], default=0), max(iter([]), key=abs, default=-1))
print(min(3, 1, 2), max("a", "B", "c"), max([1, 1.0, True]), min([1, 1.0, True]), max(1.0, 1))
print(max([(1, "b"), (1, "a"), (0, "z")]), min({"b": 1, "a": 2}), max(range(5), key=lambda v: -v))
for args, kw in [(([],), {}), ((), {}), ((1,), {}), ((1, 2), {"default": 0}), (([1, "a"],), {}), (([1],), {"bogus": 1}), ((5, 6), {"key": 3})]:
    try:
        print(max(*args, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(e)
try:
    min(iter([]))
except ValueError as e:
    print(e)
print(max([3, 1, 3], key=lambda v: v) , max([(3, "first"), (3, "second")], key=lambda p: p[0]), min([(1, "first"), (1, "second")], key=lambda p: p[0]))
