class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
c.__call__ = lambda: "called"
c.__iter__ = lambda: iter([1])
print(c.__len__(), c.__repr__().startswith("instance"), repr(c).startswith("<__main__.C object"))
for op in [lambda: len(c), lambda: c(), lambda: iter(c)]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
C.__len__ = lambda self: 7
print(len(c), len(C()))
del C.__len__
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __add__(self, other):
        return "D.__add__"
d = D()
D.__add__ = lambda self, other: "patched on the class"
print(d + 1)
d.__add__ = lambda other: "instance ignored"
print(d + 1)
