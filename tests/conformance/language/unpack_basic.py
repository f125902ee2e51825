a, b, c = [1, 2, 3]
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
[a, [b, c]] = (1, (2, 3))
print(a, b, c)
first, *rest = range(5)
print(first, rest)
*init, last = "hello"
print(init, last)
head, *mid, tail = [1, 2]
print(head, mid, tail)
a, *b, c, d = 1, 2, 3, 4, 5, 6
print(a, b, c, d)
for x, (y, *z) in [(1, (2, 3, 4)), (5, (6,))]:
    print(x, y, z)
k, v = {"only": 1}.popitem()
print(k, v)
*everything, = range(3)
print(everything)
