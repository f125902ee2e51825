lst = list(range(10))
print(lst[2:7], lst[::-2], lst[-3:], lst[:100], lst[8:2], lst[8:2:-1])
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
lst[1:1] = ["a", "b"]
print(lst)
lst[-1:] = range(3)
print(lst)
lst[::-1] = lst
print(lst)
lst[:] = []
print(lst)
a = [1, 2, 3]
a[len(a):] = [4]
a[:0] = [0]
print(a, a[5:], a[-100:2])
b = a
a[:] = "xy"
print(b, a is b)
m = [[1, 2], [3, 4]]
shallow = m[:]
shallow[0][0] = 99
shallow[1] = "replaced"
print(m, shallow)
