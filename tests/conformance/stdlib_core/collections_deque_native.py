from collections import deque
import collections.abc, copy
d = deque("abc", maxlen=4); d.append("d"); d.append("e"); print(d, d.maxlen, len(d), d[0], d[-1], "c" in d)
d.rotate(1); print(d); d.rotate(-2); print(d); d.extendleft("xy"); print(d, d.popleft(), d.pop())
d2 = deque([1, 2, 3]); d2.insert(1, 9); d2.remove(2); print(d2, d2.index(3), d2.count(9), list(reversed(d2)))
print(deque([1]) == deque([1]), deque([1]) < deque([2]), deque([1, 2]) + deque([3]), deque([1]) * 3, isinstance(d2, collections.abc.MutableSequence))
try: deque().pop()
except IndexError as e: print(e)
try:
    for x in d2: d2.append(1)
except RuntimeError as e: print(e)
try: d2[10]
except IndexError as e: print(e)
class MyDeque(deque):
    def peek(self): return self[-1]
m = MyDeque([1, 2]); print(m, m.peek(), type(m.copy()).__name__, copy.copy(m), deque[int])
del d2[0]; print(d2, bool(deque()), deque(maxlen=0))
