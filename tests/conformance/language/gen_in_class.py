class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield from row
    def columns(self):
        for c in range(len(self.rows[0])):
            yield [row[c] for row in self.rows]
    @staticmethod
    def identity_rows(n):
        for i in range(n):
            yield [1 if j == i else 0 for j in range(n)]

m = Matrix([[1, 2, 3], [4, 5, 6]])
print(list(m), list(m.columns()))
print(Matrix(list(Matrix.identity_rows(3))).rows)
print(sorted(m, reverse=True)[:2], 5 in m)
