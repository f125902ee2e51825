class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(obj, m) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(any(m in vars(k) for k in sub.__mro__) for m in cls.required)
class Readable(metaclass=DuckMeta):
    required = ("read",)
class File:
    def read(self): return ""
class Sock:
    def recv(self): return b""
print(isinstance(File(), Readable), isinstance(Sock(), Readable), issubclass(File, Readable), issubclass(Sock, Readable))
print(isinstance(File(), (int, Readable)), issubclass(File, (Readable,)), isinstance(File(), int | Readable))
class AlwaysMeta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck called")
        return False
class Always(metaclass=AlwaysMeta): pass
print(isinstance(Always(), Always))
print(isinstance(3, Always))
class Weird(type):
    def __subclasscheck__(cls, sub): return "truthy"
class W(metaclass=Weird): pass
print(issubclass(int, W))
class Raises(type):
    def __instancecheck__(cls, obj): raise ValueError("boom")
class R(metaclass=Raises): pass
try:
    isinstance(1, R)
except ValueError as e:
    print(type(e).__name__, e)
try:
    issubclass(File(), Readable)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    issubclass(File(), int)
except TypeError as e:
    print(type(e).__name__, e)
