class Base:
    def who(self):
        return ["Base"]

class Left(Base):
    def who(self):
        return ["Left"] + super().who()

class Right(Base):
    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()

print(Bottom().who())
print([k.__name__ for k in Bottom.mro()])

class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class D(X, X): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(1): pass
except TypeError as e:
    print(type(e).__name__, e)
