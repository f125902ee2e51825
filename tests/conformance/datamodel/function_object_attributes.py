def outer(a, b=2, *args, c, d=4, **kw) -> str:
    """Outer docstring."""
    x = 1
    def inner():
        return x + a
    return inner

print(outer.__name__, outer.__qualname__, outer.__doc__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__annotations__)
code = outer.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_name, code.co_varnames[:6])
print(code.co_cellvars, type(code).__name__, code.co_firstlineno)
inner = outer(1, c=3)
print(inner.__closure__ is not None, len(inner.__closure__), inner.__code__.co_freevars, inner())
print(type(outer).__name__, outer.__globals__ is globals(), outer.__dict__, callable(outer))
outer.__defaults__ = (20,)
print(outer.__defaults__)
outer.__doc__ = None
print(outer.__doc__)
try:
    outer.__code__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(repr(outer).startswith("<function outer at 0x"), repr(inner).split(" at ")[0])
print((lambda: 0).__name__, len.__qualname__, len.__self__.__name__, [].append.__self__ == [], [].append.__name__)
