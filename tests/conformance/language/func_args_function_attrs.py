def f():
    return f.calls

f.calls = 0
f.calls += 1
print(f(), f.__dict__)
def g(x, y=1, *a, k=2, **kw):
    z = 0
    return z
c = g.__code__
print(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames)
print(g.__name__, g.__qualname__)
g.__name__ = "renamed"
print(g.__name__, repr(g).startswith("<function g at"))
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(callable(f), callable(1), callable(Outer))
