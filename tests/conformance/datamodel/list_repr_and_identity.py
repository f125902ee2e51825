a = [1, "two", 3.0, None, True, [4, (5,)], {"k": {6}}, b"x", 1j, ...]
print(a)
print(repr(a) == str(a), len(repr(a)), repr([]), repr([[]]), repr([()]), repr([{}]))
x = [1, 2]
y = [x, x]
print(y, y[0] is y[1])
y[0].append(3)
print(y)
z = x * 2
print(z, z[0] is x[0])
inner = []
outer = [inner] * 2
outer[0].append("shared")
print(outer)
print([1, 2] is [1, 2], [] == [], id(a) == id(a))
