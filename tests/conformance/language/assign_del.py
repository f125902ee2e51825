x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
class C:
    attr = 1
c = C()
c.own = 2
del c.own
print(hasattr(c, "own"))
try:
    del c.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(f())
