class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
        return self
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __repr__(self):
        return f"Stack({self._items})"

s = Stack()
print(bool(s), len(s))
s.push(1).push(2).push(3)
print(bool(s), len(s), s[0], s[-1], s[1:], list(s), list(reversed(s)), 2 in s)
print(sorted(s, reverse=True), max(s), sum(s), tuple(s), dict(enumerate(s)))
for i, v in enumerate(s):
    print(i, v)
a, b, c = s
print(a, b, c)
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
