class Fake:
    def __mro_entries__(self, bases):
        print("mro_entries with", [type(b).__name__ for b in bases])
        return (Real,)
class Real:
    def hello(self): return "real"
class C(Fake()):
    pass
print(C.__bases__, C.__orig_bases__[0].__class__.__name__, C().hello())
class Empty:
    def __mro_entries__(self, bases): return ()
class D(Empty()): pass
print(D.__bases__)
class A: pass
class B(A): pass
try:
    class Bad(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class Z(X, Y): pass
print([k.__name__ for k in Z.mro()], [k.__name__ for k in A.__subclasses__()], Z.__base__.__name__)
try:
    class FromInstance(3): pass
except TypeError as e:
    print(type(e).__name__, e)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__name__)
