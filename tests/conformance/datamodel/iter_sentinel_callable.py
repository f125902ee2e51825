import functools
data = iter([3, 2, 1, 0, 5])
it = iter(lambda: next(data), 0)
print(type(it).__name__, list(it), list(data))
lines = ["a", "b", "", "c"]
reader = iter(functools.partial(lines.pop, 0), "")
print([x.upper() for x in reader], lines)
counter = {"n": 0}
def tick():
    counter["n"] += 1
    return counter["n"]
print(list(iter(tick, 4)), counter)
for bad in [lambda: iter(5, 1), lambda: iter([], 1), lambda: iter(1), lambda: iter()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Raises:
    def __call__(self):
        raise StopIteration
print(list(iter(Raises(), None)))
it = iter(lambda: 1, 1)
print(next(it, "done"), next(it, "again"))
