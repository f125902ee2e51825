class Outer:
    """Outer doc."""
    class Inner:
        def method(self): pass
    def f(self): pass
    attr: int = 3
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(Outer.__annotations__, sorted(k for k in Outer.__dict__ if not k.startswith("__")), type(Outer.__dict__).__name__)
print(Outer.__name__, Outer.__bases__, Outer.__base__, Outer.__mro__, Outer.mro(), Outer.__class__, type(Outer).__name__)
print(Outer.__dict__["f"].__name__, Outer.f.__get__(None, Outer) is Outer.f, "f" in dir(Outer), "__dict__" in Outer.__dict__, "__weakref__" in Outer.__dict__)
try:
    Outer.__dict__["x"] = 1
except TypeError as e:
    print(type(e).__name__, e)
Outer.__doc__ = "changed"
Outer.__qualname__ = "Renamed"
print(Outer.__doc__, Outer.__qualname__, Outer.__name__, repr(Outer))
try:
    Outer.__qualname__ = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Outer.__name__ = "a\x00b"
except ValueError as e:
    print(type(e).__name__, e)
D = type("D", (Outer,), {"x": 1, "__module__": "plugins"})
print(D.__module__, repr(D), D.x, D.__qualname__, D.__doc__, isinstance(D(), Outer))
print(type.__dict__["__dict__"].__class__.__name__, object.__dict__["__class__"].__class__.__name__, int.__dict__["real"].__class__.__name__)
class WithSlotsAndDoc:
    __slots__ = ()
    """not a docstring: not the first statement"""
print(WithSlotsAndDoc.__doc__)
for stmt in ["Outer.__name__ = None", "Outer.__qualname__ = b'x'"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, "->", type(e).__name__, e)
