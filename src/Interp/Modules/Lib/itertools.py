"""Iterator building blocks (itertools). Infinite and repr-visible iterators are classes; the
others are generators."""

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float, complex)) and not hasattr(type(v), '__add__'):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"{type(self).__name__}({self._n!r})"
        return f"{type(self).__name__}({self._n!r}, {self._step!r})"


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""

    def __init__(self, object, times=None):
        self._obj = object
        self._left = None if times is None else max(times.__index__(), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"{type(self).__name__}({self._obj!r})"
        return f"{type(self).__name__}({self._obj!r}, {self._left})"


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""

    def __init__(self, iterable, /):
        self._it = iter(iterable)
        self._saved = []
        self._index = -1

    def __iter__(self):
        return self

    def __next__(self):
        if self._index < 0:
            for x in self._it:
                self._saved.append(x)
                return x
            if not self._saved:
                raise StopIteration
            self._index = 0
        x = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return x


class chain:
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = None

    @classmethod
    def from_iterable(cls, iterable, /):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._current is None:
                self._current = iter(next(self._sources))
            for x in self._current:
                return x
            self._current = None

    __class_getitem__ = classmethod(type(list[int]))


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


def batched(iterable, n, *, strict=False):
    if n < 1:
        raise ValueError('n must be at least one')
    it = iter(iterable)
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        if strict and len(batch) != n:
            raise ValueError('batched(): incomplete batch')
        yield batch


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    for x in iterable:
        if not predicate(x):
            return
        yield x


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._marker = object()
        self._tgtkey = self._currkey = self._currvalue = self._marker
        self._id = object()

    def __iter__(self):
        return self

    def __next__(self):
        self._id = object()
        while self._currkey is self._marker or self._currkey == self._tgtkey:
            self._advance()
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _advance(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


def _index_arg(v, what):
    if v is None:
        return None
    try:
        v = v.__index__()
    except AttributeError:
        v = -1
    if v < 0:
        raise ValueError(f"{what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    return v


def islice(iterable, *args):
    if not 1 <= len(args) <= 3:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}" if args
                        else "islice expected at least 2 arguments, got 1")
    s = slice(*args)
    start = _index_arg(s.start, "Indices") or 0
    stop = _index_arg(s.stop, "Stop" if len(args) == 1 else "Indices")
    step = s.step
    if step is None:
        step = 1
    elif _index_arg(step, "Step") < 1:
        raise ValueError("Step for islice() must be a positive integer or None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, start, stop, step):
    nexti = start
    i = 0
    if stop is not None and start >= stop:
        for _ in zip(range(stop), it):
            pass
        return
    for x in it:
        if i == nexti:
            yield x
            nexti += step
            if stop is not None and nexti >= stop:
                # Consume up to stop like CPython does.
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def pairwise(iterable, /):
    it = iter(iterable)
    for a in it:
        for b in it:
            yield a, b
            a = b
        return


def starmap(function, iterable, /):
    for args in iterable:
        yield function(*args)


def tee(iterable, n=2, /):
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return tuple(gen(b) for b in buffers)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*iterables, repeat=1):
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, len(pool), r)


def _combinations(pool, n, r):
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_wr(pool, len(pool), r)


def _combinations_wr(pool, n, r):
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
