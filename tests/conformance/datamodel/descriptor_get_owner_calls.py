class Trace:
    def __get__(self, obj, owner=None):
        print("get", type(obj).__name__, owner.__name__ if owner else None)
        return 1
class A:
    t = Trace()
class B(A): pass
A.t
B.t
A().t
B().t
Trace().__get__(None, A)
print(A.__dict__["t"].__get__(B(), B))
def f(self, x): return (self, x)
class C: pass
c = C()
bm = f.__get__(c, C)
print(bm(2)[1], bm.__self__ is c, bm.__func__ is f, type(bm).__name__)
print(f.__get__(None, C) is f)
sm = staticmethod(len)
print(sm.__get__(None, C)("abc"), sm.__get__(c)([1]))
cm = classmethod(lambda cls, v: (cls.__name__, v))
print(cm.__get__(c)(1), cm.__get__(None, C)(2))
try:
    cm.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)
p = property(lambda self: "prop")
print(p.__get__(c), p.__get__(None, C) is p)
