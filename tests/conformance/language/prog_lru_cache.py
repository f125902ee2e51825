class LRUCache:
    """Least-recently-used cache built on a dict's insertion order."""
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            print("evict", oldest)
            del self.data[oldest]
        self.data[key] = value

    def __repr__(self):
        return f"LRUCache({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
cache.get("b")
cache.put("e", "E")
print(cache)
print(cache.get("a"), cache.get("zz", "missing"))
