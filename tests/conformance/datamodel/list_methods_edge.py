lst = [1, 2, 3]
lst.insert(-100, "front")
lst.insert(1000, "back")
print(lst)
print(lst.index(2, -3), lst.index(3, 0, 100))
try:
    lst.index(2, 3)
except ValueError as e:
    print(type(e).__name__, e)
lst *= 0
print(lst)
items = [1, 2]
items *= -1
print(items)
a = [3, 1, 2]
print(a.sort(), a, a.reverse(), a, sorted(a) is a)
b = [[1], [1]]
print(b.count([1]), b.index([1]), [1] in b, b.remove([1]), b)
c = list("abcd")
print(c.pop(1), c.pop(-1), c)
try:
    c.pop("0")
except TypeError as e:
    print(type(e).__name__, e)
d = [0, 1, 2]
d.extend(d)
print(d)
d += d[:1]
print(d)
e = [1]
e.append(e)
print(e, len(e), e[1] is e)
