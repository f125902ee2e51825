from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout, AbstractContextManager, asynccontextmanager, chdir
import io, sys
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", e)
    finally:
        print(f"</{name}>")
with tag("a") as t:
    print(t)
with tag("b"):
    raise KeyError("kk")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("outer", e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print(e)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag(f"s{i}"))
    stack.callback(print, "callback ran")
    @stack.push
    def exit_fn(*exc):
        print("push exit", exc[0])
        return False
def cleanup_order():
    with ExitStack() as st:
        st.callback(print, "first registered")
        st.callback(print, "second registered")
        raise RuntimeError("boom")
try:
    cleanup_order()
except RuntimeError as e:
    print("propagated", e)
with ExitStack() as st:
    st.callback(print, "pop_all moved")
    moved = st.pop_all()
print("stack closed")
moved.close()
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with nullcontext(5) as n:
    print(n)
class Res:
    def close(self):
        print("closed res")
with closing(Res()):
    pass
class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print(type(c).__name__)
@tag("deco")
def decorated():
    print("in deco")
decorated()
class Swallow:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("swallow", t.__name__ if t else None)
        return True
def f():
    with Swallow():
        return "returned"
print(f())
for i in range(3):
    with Swallow():
        if i == 1:
            continue
        raise ValueError
print("loop done")
with Swallow() as a, Swallow() as b:
    raise KeyError
with (Swallow() as a,
      Swallow() as b):
    pass
import asyncio
@asynccontextmanager
async def actx():
    print("aenter")
    yield 42
    print("aexit")
async def m():
    async with actx() as v:
        print(v)
asyncio.run(m())
try:
    with ExitStack() as st:
        st.callback(lambda: 1 / 0)
        raise KeyError("orig")
except ZeroDivisionError as e:
    print("ctx:", repr(e.__context__))
from contextlib import AsyncExitStack, aclosing
async def m2():
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(actx())
        st.callback(print, "sync cb")
        async def acb(x):
            print("async cb", x)
        st.push_async_callback(acb, v)
        print("body", v)
    async def agen():
        try:
            yield 1
            yield 2
        finally:
            print("agen closed")
    async with aclosing(agen()) as g:
        async for x in g:
            print("x", x)
            break
    @actx()
    async def wrapped():
        print("wrapped body")
    await wrapped()
asyncio.run(m2())
with suppress(ValueError):
    raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
try:
    with suppress(ValueError):
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
except ExceptionGroup as g:
    print("rest", repr(g))
