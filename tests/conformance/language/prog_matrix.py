def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def multiply(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def power(m, k):
    result = identity(len(m))
    while k:
        if k & 1:
            result = multiply(result, m)
        m = multiply(m, m)
        k >>= 1
    return result

def show(m):
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print(" ".join(str(v).rjust(width) for v in row))

fib = [[1, 1], [1, 0]]
show(power(fib, 10))
print(power(fib, 90)[0][1])
show(multiply([[1, 2, 3]], [[1], [2], [3]]))
try:
    multiply([[1, 2]], [[1, 2]])
except ValueError as e:
    print(type(e).__name__, e)
def determinant(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * determinant([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(len(m)))
print(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant(identity(4)))
