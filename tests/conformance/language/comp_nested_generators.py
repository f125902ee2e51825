grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid)
flat = list(cell for row in grid for cell in row)
print(len(flat), flat[-1])
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
transpose = [[row[i] for row in grid] for i in range(3)]
print(transpose[0])
print(sum(sum(r + c for r, c in row) for row in grid))
print(any(x > 4 for x in range(5)), all(x < 5 for x in range(5)))
print(dict((str(k), k * k) for k in range(3)))
