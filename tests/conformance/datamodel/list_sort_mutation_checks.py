data = [3, 1, 2]
def key_append(x):
    data.append(x)
    return x
try:
    data.sort(key=key_append)
except ValueError as e:
    print(type(e).__name__, e, data)
data = [3, 1, 2]
seen = []
def key_peek(x):
    seen.append(list(data))
    return x
data.sort(key=key_peek)
print(data, seen)
data = [3, 1, 2]
def key_append_pop(x):
    data.append(0)
    data.pop()
    return x
try:
    data.sort(key=key_append_pop)
except ValueError as e:
    print(type(e).__name__, e, data)
data = [3, 1, 2]
def key_clear(x):
    data.clear()
    return x
try:
    data.sort(key=key_clear)
except ValueError as e:
    print(type(e).__name__, e, data)
class Grab:
    def __init__(self, v, target): self.v, self.target = v, target
    def __lt__(self, other):
        self.target.append(99)
        return self.v < other.v
    def __repr__(self): return str(self.v)
target = []
target.extend(Grab(v, target) for v in [2, 1])
try:
    target.sort()
except ValueError as e:
    print(type(e).__name__, e, target)
data = [2, 1, 3]
def failing_key(x):
    if x == 3:
        raise KeyError(x)
    return x
try:
    data.sort(key=failing_key)
except KeyError as e:
    print(type(e).__name__, e, data)
print(sorted([3, 1, 2], key=None, reverse=False), sorted([], key=len))
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
