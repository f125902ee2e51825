# Recursion that passes through builtins (repr, ==, sorted keys, str) raises RecursionError.
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print(type(e).__name__, e)
other = []
for _ in range(100000):
    other = [other]
try:
    deep == other
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__, e)
class Chain:
    def __init__(self, nxt):
        self.nxt = nxt
    def __eq__(self, other):
        return self.nxt == other.nxt
    __hash__ = object.__hash__
c1 = c2 = None
for _ in range(5000):
    c1, c2 = Chain(c1), Chain(c2)
try:
    c1 == c2
except RecursionError as e:
    print(type(e).__name__, e)
def key(x):
    return sorted([x], key=key)
try:
    key(1)
except RecursionError as e:
    print(type(e).__name__, e)
print("still alive")
