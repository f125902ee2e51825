"""collections.deque over a Python list with a moving head (amortised O(1) at both ends)."""

from collections import abc as _abc


class deque:
    """deque([iterable[, maxlen]]) --> deque object"""

    __slots__ = ('_items', '_head', '_maxlen', '__weakref__')

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        if iterable is not self:
            self.extend(iterable)

    # The live elements are self._items[self._head:]; _compact drops the dead prefix.
    def _compact(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) <= self._head:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items.clear()
        self._head = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        return self._items[self._head:].count(x)

    def index(self, x, start=0, stop=None):
        self._compact()
        n = len(self._items)
        if stop is None:
            stop = n
        try:
            return self._items.index(x, start, stop)
        except ValueError:
            raise ValueError(f"{x!r} is not in deque") from None

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        self._compact()
        self._items.insert(i, x)

    def remove(self, value):
        self._compact()
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError(f"{value!r} is not in deque") from None

    def reverse(self):
        self._compact()
        self._items.reverse()

    def rotate(self, n=1):
        length = len(self)
        if length <= 1:
            return
        self._compact()
        n %= length
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def _index(self, i):
        n = len(self)
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{type(i).__name__}'")
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, x):
        self._items[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i)
        del self._items[j]

    def __iter__(self):
        items = self._items
        head = self._head
        n = len(items) - head
        for i in range(n):
            if len(items) - self._head != n:
                raise RuntimeError("deque mutated during iteration")
            yield items[self._head + i]

    def __reversed__(self):
        items = self._items
        for i in range(len(items) - 1, self._head - 1, -1):
            yield items[i]

    def __contains__(self, x):
        for i in range(self._head, len(self._items)):
            v = self._items[i]
            if v is x or v == x:
                return True
        return False

    def __repr__(self):
        items = repr(self._items[self._head:])
        if self._maxlen is None:
            return f"{type(self).__name__}({items})"
        return f"{type(self).__name__}({items}, maxlen={self._maxlen})"

    def _cmp_list(self, other):
        if not isinstance(other, deque):
            return None
        return self._items[self._head:], other._items[other._head:]

    def __eq__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp_list(other)
        return NotImplemented if p is None else p[0] >= p[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        return type(self)(list(self) * n, self._maxlen)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self) * n
        self.clear()
        self.extend(items)
        return self

    def __reduce__(self):
        return type(self), ((), self._maxlen), None, iter(self)

    __class_getitem__ = classmethod(type(list[int]))


_abc.MutableSequence.register(deque)
