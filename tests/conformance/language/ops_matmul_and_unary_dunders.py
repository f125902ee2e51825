class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*other.rows)] for r in self.rows])
    def __imatmul__(self, other):
        print("in-place matmul")
        self.rows = (self @ other).rows
        return self
    def __neg__(self):
        return M([[-v for v in r] for r in self.rows])
    def __pos__(self):
        return "positive"
    def __invert__(self):
        return M([list(r) for r in zip(*self.rows)])
    def __repr__(self):
        return f"M({self.rows})"

a = M([[1, 2], [3, 4]])
b = M([[0, 1], [1, 0]])
print(a @ b, -a, +a, ~a)
a @= b
print(a)
try:
    1 @ a
except TypeError as e:
    print(type(e).__name__, e)
