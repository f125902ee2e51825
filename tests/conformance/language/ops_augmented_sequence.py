t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = "ab"
ident = s
s += "c"
print(s, ident)
lst = [1]
lst *= 3
print(lst)
lst += range(2)
print(lst)
try:
    lst + range(2)
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": [1]}
d["a"] += [2]
d.setdefault("b", []).append(3)
print(d)
x = y = [0]
x += [1]
print(y)
x = x + [2]
print(x, y)
