class A:
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"

class B(A):
    def hello(self):
        return "B>" + super().hello()
    def explicit(self):
        return super(B, self).hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @staticmethod
    def static():
        try:
            return super().hello()
        except RuntimeError as e:
            return f"RuntimeError: {e}"

class C(B):
    def hello(self):
        return "C>" + super().hello()
    def skip(self):
        return super(B, self).hello()

c = C()
print(c.hello(), c.explicit(), c.skip(), C.make(), B.static())
print(super(C, c).hello())
def outside(self):
    return super().hello()
B.outside = outside
try:
    c.outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class D(A):
    def m(self):
        return __class__.__name__, type(self).__name__
class E(D):
    pass
print(E().m())
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
