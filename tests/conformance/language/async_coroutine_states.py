import sys

async def sample():
    return 1

c = sample()
print(c.cr_running, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as s:
    print("returned", s.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def other():
    pass
o = other()
o.close()
try:
    o.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in sample():
        pass
except TypeError as e:
    print(type(e).__name__, e)
async def thrower():
    try:
        await Yield()
    except KeyError as e:
        return f"thrower handled {e!r}"
class Yield:
    def __await__(self):
        yield "paused"
t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as s:
    print(s.value)
