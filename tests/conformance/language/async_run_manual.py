# Coroutines driven by hand, without asyncio: send(None) until StopIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

c = add(1, 1)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
print(run(main()))
async def raiser():
    raise ValueError("inside coroutine")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return f"caught {e}"
print(run(catcher()))
