def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

async def ticker(n):
    for i in range(n):
        yield i * 10

async def consume():
    out = []
    async for value in ticker(4):
        out.append(value)
    else:
        out.append("else")
    return out

print(run(consume()))
agen = ticker(2)
print(type(agen).__name__)
async def manual():
    it = agen.__aiter__()
    first = await it.__anext__()
    second = await anext(it)
    try:
        await anext(it)
    except StopAsyncIteration:
        return first, second, "exhausted"
print(run(manual()))
async def comprehension():
    return [v async for v in ticker(3) if v]
print(run(comprehension()))
