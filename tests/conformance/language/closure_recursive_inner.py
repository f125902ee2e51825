def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    memo = {}
    def walk(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in memo:
            memo[r, c] = walk(r + 1, c) + walk(r, c + 1)
        return memo[r, c]
    return walk(0, 0), len(memo)

print(count_paths(["...", "...", "..."]))
print(count_paths(["..#", "...", "#.."]))
def outer():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = outer()
print(f(20), f.__code__.co_freevars)
