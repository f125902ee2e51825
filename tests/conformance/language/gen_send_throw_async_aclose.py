import asyncio
def acc():
    total = 0
    try:
        while True:
            try:
                x = yield total
            except ValueError as e:
                print("caught", e)
                x = 0
            if x is None:
                break
            total += x
    finally:
        print("cleanup")
    return total
g = acc()
print(next(g), g.send(5), g.send(3), g.throw(ValueError("bad")))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
g = acc(); next(g); g.close(); print(g.gi_frame)
def deleg():
    r = yield from acc()
    print("inner returned", r)
    yield r * 10
d = deleg(); next(d); d.send(2); print(d.send(None))
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_close(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def gen_raise():
    yield 1
    raise StopIteration
try:
    list(gen_raise())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def running():
    g2.send(None)
    yield
g2 = running()
try:
    next(g2)
except ValueError as e:
    print(e)
g3 = (i for i in range(3))
print(g3.__name__, g3.__qualname__, next(g3), list(g3), list(g3))
import inspect
gg = (lambda: (yield))()
print(inspect.getgeneratorstate(gg)); next(gg); print(inspect.getgeneratorstate(gg))
try:
    next(gg)
except StopIteration:
    pass
print(inspect.getgeneratorstate(gg))

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
async def main():
    print([x async for x in agen(3)])
    print([x * 2 for x in await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))])
    ag = agen(5)
    print(await ag.__anext__(), await anext(ag), await anext(ag, 'd'))
    await ag.aclose()
    print(await anext(ag, "done"))
    async def ctx():
        try:
            yield 1
            yield 2
        finally:
            print("agen finally")
    a = ctx()
    print(await a.asend(None))
    try:
        await a.athrow(KeyError("k"))
    except KeyError as e:
        print("athrow", repr(e))
    res = {k: v async for k, v in zipped()}
    print(res)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout")
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
async def zipped():
    for k in "ab":
        yield k, ord(k)
asyncio.run(main())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def ret_in_finally():
    try:
        yield 1
    finally:
        return "fin"
rg = ret_in_finally(); next(rg)
try:
    rg.throw(KeyError)
except StopIteration as e:
    print("stopped with", e.value)
def gexp_scope():
    return [lambda: i for i in range(3)]
print([f() for f in gexp_scope()])
def g_exc():
    try:
        yield
    except Exception as e:
        yield repr(e)
ge = g_exc(); next(ge)
def s():
    yield
g = s()
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
next(g)
print(g.gi_running, g.gi_suspended, g.gi_frame is not None)
list(g)
print(g.gi_running, g.gi_suspended, g.gi_frame)
async def c(): pass
co = c()
print(co.cr_running, co.cr_suspended, co.cr_frame is not None)
co.close()
print(co.cr_frame)
