log = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        log.append(f"{self.v}<{other.v}")
        return self.v < other.v
    def __repr__(self): return f"K{self.v}"
for data in [[3, 1, 2], [1, 2, 3, 4], [4, 3, 2, 1], [2, 2, 1, 1], [5, 1, 4, 2, 3, 3], [1, 3, 2, 5, 4, 7, 6]]:
    log.clear()
    out = sorted(K(v) for v in data)
    print(data, out, " ".join(log))
log.clear()
print(sorted([K(2), K(1), K(3)], reverse=True), " ".join(log))
log.clear()
print(sorted([K(1), K(1), K(2)], key=lambda k: -k.v), " ".join(log))
for bad in [[1, "a"], ["a", 1], [1, 2, None], [None, 1], [3, 2, 1, "x"], [1j, 2j]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(bad, "->", e)
class Partial:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError(f"cannot compare {self.v} and {other.v}")
        return self.v < other.v
    def __repr__(self): return f"P{self.v}"
items = [Partial(v) for v in [5, 1, 3, 2]]
try:
    items.sort()
except ValueError as e:
    print(e, sorted(p.v for p in items))
