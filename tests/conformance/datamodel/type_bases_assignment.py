class B1: 
    def f(self): return "B1"
class B2:
    def f(self): return "B2"
class C(B1): pass
c = C()
print(c.f(), C.__bases__)
C.__bases__ = (B2,)
print(c.f(), C.__bases__, C.__mro__)
try:
    C.__bases__ = ()
except TypeError as e:
    print(e)
try:
    C.__bases__ = (int,)
except TypeError as e:
    print(e)
class D(C): pass
C.__bases__ = (B1, B2)
print(D().f(), D.__mro__)
try:
    C.__bases__ = (D,)
except TypeError as e:
    print(e)
