def gen(n):
    """Counts down."""
    received = yield n
    while n > 0:
        n -= 1
        received = yield (n, received)
    return "finished"
g = gen(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None, g.gi_code.co_name, g.gi_yieldfrom)
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print(type(e).__name__, e.value, g.gi_frame)
try:
    gen(1).send("x")
except TypeError as e:
    print(type(e).__name__, e)
g2 = gen(3)
next(g2)
try:
    g2.throw(ValueError("boom"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(g2, "exhausted"))
g3 = gen(3)
next(g3)
print(g3.close(), g3.close(), next(g3, "closed"))
def catcher():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
c = catcher()
next(c)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def delegating():
    result = yield from gen(1)
    yield result
d = delegating()
print(list(d))
def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
gen.__name__ = "renamed"
print(gen(0).__name__, repr(gen(0)).startswith("<generator object gen at"))
ge = (x for x in [])
print(type(ge).__name__, ge.__name__, ge.__qualname__)
