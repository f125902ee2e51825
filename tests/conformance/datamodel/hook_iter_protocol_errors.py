class BadIter:
    def __iter__(self): return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in BadIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self): return self
try:
    list(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
c = Countdown(3)
print(list(c), list(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, type(it).__name__, list(zip(it, it)))
