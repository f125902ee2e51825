class Grid:
    def __init__(self, rows, cols, fill=0):
        self.rows, self.cols = rows, cols
        self.cells = [[fill] * cols for _ in range(rows)]
    def _check(self, r, c):
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError(f"cell ({r}, {c}) outside {self.rows}x{self.cols} grid")
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            if isinstance(r, slice) or isinstance(c, slice):
                rows = range(*(r if isinstance(r, slice) else slice(r, r + 1)).indices(self.rows))
                cols = range(*(c if isinstance(c, slice) else slice(c, c + 1)).indices(self.cols))
                return [[self.cells[i][j] for j in cols] for i in rows]
            self._check(r, c)
            return self.cells[r][c]
        if isinstance(key, int):
            return list(self.cells[key])
        raise TypeError(f"grid indices must be int or (row, col), not {type(key).__name__}")
    def __setitem__(self, key, value):
        r, c = key
        self._check(r, c)
        self.cells[r][c] = value
    def __contains__(self, v): return any(v in row for row in self.cells)
    def __iter__(self): return (v for row in self.cells for v in row)
    def __len__(self): return self.rows * self.cols
    def __eq__(self, o): return isinstance(o, Grid) and self.cells == o.cells
    def __repr__(self): return "\n".join(" ".join(f"{v:>2}" for v in row) for row in self.cells)
g = Grid(3, 4)
for i in range(3):
    for j in range(4):
        g[i, j] = i * 4 + j
print(g)
print(g[1, 2], g[2], g[0:2, 1:3], g[:, 3], g[1, ::2], 11 in g, 12 in g, len(g), sum(g), max(g))
for bad in [lambda: g[3, 0], lambda: g["x"], lambda: g.__setitem__((0, 9), 1), lambda: g[1, 2, 3]]:
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(g == Grid(3, 4), Grid(1, 1) == Grid(1, 1), g != g)
