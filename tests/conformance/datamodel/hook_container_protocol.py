class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        print("getitem", key)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
    def __iter__(self):
        return iter(sorted(self.cells))
    def __reversed__(self):
        return iter(sorted(self.cells, reverse=True))

g = Grid(3, 3)
g[0, 0] = "X"
g[2, 1] = "O"
print(g[0, 0], g[1, 1], (0, 0) in g, (1, 1) in g, len(g), list(g), list(reversed(g)))
del g[0, 0]
print(len(g), bool(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[9, 9]
except KeyError as e:
    print(type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([*Seq()])))
try:
    reversed(Seq())
except TypeError as e:
    print(type(e).__name__, e)
