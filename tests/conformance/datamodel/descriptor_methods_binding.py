class C:
    def f(self):
        return "f"
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
func = C.__dict__["f"]
print(type(func).__name__, func.__get__(C(), C)(), type(func.__get__(None, C)).__name__)
cm = C.__dict__["c"]
print(type(cm).__name__, cm.__get__(None, C)(), cm.__func__.__name__)
sm = C.__dict__["s"]
print(type(sm).__name__, sm.__get__(None, C)(), sm(), sm.__func__.__name__)
bound = C().f
print(type(bound).__name__, bound.__name__, bound.__qualname__, bound())
print(C.c(), C().c(), C.s(), C().s())
class D(C):
    pass
print(D.c(), D().c())
def plain(self):
    return f"plain bound to {type(self).__name__}"
m = plain.__get__(D())
print(m())
print(staticmethod(len)([1, 2]), classmethod(lambda cls: cls).__get__(None, int)())
