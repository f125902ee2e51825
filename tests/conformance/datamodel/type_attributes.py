class Base:
    """Base doc."""
class Child(Base):
    attr = 1
print(Child.__name__, Child.__qualname__, Child.__module__, Child.__doc__, Base.__doc__)
print(Child.__bases__, Child.__base__, Child.__mro__, Child.mro())
print(type(Child), type(type), type(object), object.__bases__, type.__bases__)
print(Child.__subclasses__(), Base.__subclasses__())
print(isinstance(Child, type), isinstance(type, object), isinstance(object, type))
print(int.__name__, int.__qualname__, int.__module__, bool.__base__, str.__mro__)
Child.__name__ = "Renamed"
print(Child.__name__, Child.__qualname__, repr(Child))
Child.__qualname__ = "Outer.Renamed"
print(repr(Child))
try:
    Child.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type("X", (), {}).__module__)
