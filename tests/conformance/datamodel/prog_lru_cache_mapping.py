class LRU:
    def __init__(self, capacity):
        if not isinstance(capacity, int) or isinstance(capacity, bool):
            raise TypeError(f"capacity must be int, not {type(capacity).__name__}")
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity, self._data, self.hits, self.misses = capacity, {}, 0, 0
    def __getitem__(self, key):
        try:
            value = self._data.pop(key)
        except KeyError:
            self.misses += 1
            raise KeyError(key) from None
        self._data[key] = value
        self.hits += 1
        return value
    def __setitem__(self, key, value):
        self._data.pop(key, None)
        self._data[key] = value
        while len(self._data) > self.capacity:
            oldest = next(iter(self._data))
            print("evict", oldest)
            del self._data[oldest]
    def __delitem__(self, key): del self._data[key]
    def __len__(self): return len(self._data)
    def __iter__(self): return iter(self._data)
    def __contains__(self, key): return key in self._data
    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default
    def __repr__(self):
        return f"LRU({self.capacity}, {list(self._data.items())})"
c = LRU(2)
c["a"] = 1
c["b"] = 2
print(c["a"])
c["c"] = 3
print(c, "b" in c, c.get("b", "gone"), list(c), len(c), c.hits, c.misses)
try:
    c["zz"]
except KeyError as e:
    print(type(e).__name__, e, e.__suppress_context__, e.__context__)
del c["a"]
try:
    del c["a"]
except KeyError as e:
    print(type(e).__name__, e)
for bad in [0, 1.5, True]:
    try:
        LRU(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict(c)
except ValueError as e:
    print("dict() needs keys():", type(e).__name__, e)
LRU.keys = lambda self: list(self._data)
print(dict(c), sorted(c, reverse=True), {**c, "z": 0})
