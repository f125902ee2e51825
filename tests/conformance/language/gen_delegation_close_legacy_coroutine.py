def sub():
    try:
        x = yield "sub1"
        print("sub got", x)
        y = yield "sub2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "sub-recovered"
    finally:
        print("sub finally")
    return "sub-result"
def main():
    r = yield from sub()
    print("main got result", r)
    yield "main-end"
g = main()
print(next(g), g.send("A"), g.throw(KeyError("k")), g.gi_yieldfrom is not None)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
g = main(); next(g); g.close(); print("closed", g.gi_frame)
def echo():
    received = []
    while True:
        try:
            v = yield
        except GeneratorExit:
            print("exit with", received)
            return
        received.append(v)
e = echo(); next(e); e.send(1); e.send(2); e.close()
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), "ab", range(2))))
def gen_with_return():
    yield 1
    return 42
def wrapper():
    result = yield from gen_with_return()
    yield result
print(list(wrapper()))
def inner_iter():
    yield from iter([1, 2])
    return "iter-done"
w = (yield_val for yield_val in inner_iter())
print(list(w))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration("custom")
        return self.i
def deleg():
    r = yield from It()
    print("It returned", r)
print(list(deleg()))
def thrower():
    yield 1
g = thrower(); next(g)
try:
    g.throw(ValueError("into"))
except ValueError as e:
    print("propagated", e)
print(g.gi_frame)
def lazy():
    print("started")
    yield 1
l = lazy(); print("created")
print(next(l))
gexp = (1 / x for x in [1, 0])
print(next(gexp))
try:
    next(gexp)
except ZeroDivisionError as e:
    print("gexp", e)
try:
    next(gexp)
except StopIteration:
    print("exhausted after error")
import types
@types.coroutine
def legacy():
    yield "legacy"
async def uses_legacy():
    return await legacy()
c = uses_legacy(); print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print("coroutine returned", e.value)
async def coro(): return 5
cc = coro()
try:
    cc.send(None)
except StopIteration as e:
    print(e.value)
try:
    cc.send(None)
except RuntimeError as e:
    print(e)
def g_in_finally():
    try:
        yield 1
    finally:
        yield 2
gf = g_in_finally(); next(gf)
try:
    gf.close()
except RuntimeError as e:
    print(e)
