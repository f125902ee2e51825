a = [1]
b = a
a += (2, 3)
print(a, b, a is b)
try:
    a = a + (4,)
except TypeError as e:
    print(type(e).__name__, e)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
s = {1}
s2 = s
s |= {2}
print(sorted(s2), s is s2)
d = {"a": 1}
d2 = d
d |= [("b", 2)]
print(d2)
try:
    d = d | [("c", 3)]
except TypeError as e:
    print(type(e).__name__, e)
x = "ab"
y = x
x *= 2
print(x, y)
l = [0]
l *= 3
print(l)
l *= -1
print(l)
