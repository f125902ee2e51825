class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        current = self.start
        while current < self.stop:
            yield current
            current += 1
    def __reversed__(self):
        return iter(range(self.stop - 1, self.start - 1, -1))
    def __len__(self):
        return self.stop - self.start

r = Range2(2, 5)
print(list(r), list(reversed(r)), len(r), sum(r), 3 in r, 9 in r)

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

f = Fib(30)
print(list(f), list(f))
it = iter([1, 2])
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    pass
try:
    for x in NotIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
