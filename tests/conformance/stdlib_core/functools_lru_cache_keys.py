import functools


@functools.lru_cache(maxsize=None)
def add(a, b, *, scale=1):
    print("computing", a, b, scale)
    return (a + b) * scale


print(add(1, 2), add(1, 2), add(1, b=2), add(1, 2, scale=3), add(1, 2, scale=3))
print(add.cache_info())


@functools.lru_cache(typed=True)
def kind(x, y):
    return type(x).__name__, type(y).__name__


print(kind(1, 2), kind(1.0, 2), kind(1, 2.0), kind.cache_info())


class Stack(list):
    __slots__ = ("limit",)

    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def push(self, x):
        if len(self) >= self.limit:
            raise OverflowError(f"stack full at {self.limit}")
        self.append(x)


s = Stack(2)
s.push(1)
s.push(2)
try:
    s.push(3)
except OverflowError as e:
    print(e, s, s.limit)
del s.limit
try:
    s.limit
except AttributeError as e:
    print(e)
print(hasattr(s, "__dict__"))
