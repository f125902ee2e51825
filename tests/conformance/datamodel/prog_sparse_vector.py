class Sparse(dict):
    """A sparse vector: missing indices read as 0."""
    def __init__(self, size, items=()):
        super().__init__()
        self.size = size
        for i, v in items:
            self[i] = v
    def __missing__(self, index):
        if not 0 <= index < self.size:
            raise IndexError(f"index {index} out of range for size {self.size}")
        return 0
    def __setitem__(self, index, value):
        if value:
            super().__setitem__(index, value)
        else:
            self.pop(index, None)
    def __add__(self, other):
        out = Sparse(self.size, self.items())
        for i, v in other.items():
            out[i] = out[i] + v
        return out
    def dot(self, other):
        return sum(v * other[i] for i, v in self.items())
    def __len__(self):
        return self.size
    def __iter__(self):
        return (self[i] for i in range(self.size))
    def __repr__(self):
        return f"Sparse({self.size}, {sorted(self.items())})"

a = Sparse(6, [(0, 1), (3, 4)])
b = Sparse(6, [(3, -4), (5, 2)])
print(a, b, a + b, a.dot(b), list(a), len(a), a[2], dict.__len__(a + b))
a[0] = 0
print(a, 0 in a, 3 in a)
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
print(a.get(1), a.get(3), isinstance(a, dict), sum(a + b))
