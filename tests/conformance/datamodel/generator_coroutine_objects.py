def gen():
    yield 1
g = gen()
print(type(g).__name__, g.__name__, g.__qualname__, repr(g).startswith("<generator object gen at"))
print(hasattr(g, "__iter__"), iter(g) is g, g.gi_running, type(g.gi_code).__name__)
async def coro():
    return 1
c = coro()
print(type(c).__name__, c.__name__, repr(c).startswith("<coroutine object coro at"), hasattr(c, "__await__"))
c.close()
async def agen():
    yield 1
a = agen()
print(type(a).__name__, a.__name__, hasattr(a, "__anext__"), hasattr(a, "asend"))
ge = (x for x in [])
print(type(ge).__name__, ge.__name__, ge.__qualname__)
try:
    len(g)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g[0]
except TypeError as e:
    print(type(e).__name__, e)
