class Box:
    pass

b = Box()
b.value = 1
b.value += 1
print(b.value, vars(b))
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
grid[0][0:2] = [7, 7]
print(grid)
d = {}
d["a"] = d.get("a", 0) + 1
d[1, 2] = "tuple key"
print(d)
lst = list(range(10))
lst[2:5] = ["x"]
print(lst)
lst[::2] = "ABCDE"[:len(lst[::2])]
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
