a = list(range(8))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[2:2] = ["inserted"]
print(a)
a[:] = "abc"
print(a)
a[-1:] = []
print(a)
del a[:1]
print(a)
b = list(range(10))
del b[::3]
print(b)
b[len(b):] = [100, 200]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b[::-1] = range(len(b))
print(b)
