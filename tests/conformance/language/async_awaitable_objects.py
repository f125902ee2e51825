class Sleep:
    """An awaitable that suspends the coroutine `ticks` times."""
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        for i in range(self.ticks):
            yield f"tick {i}"
        return f"slept {self.ticks}"

async def task(name, n):
    result = await Sleep(n)
    return f"{name}: {result}"

def run_all(coros):
    """Round-robin scheduler: each send() runs a coroutine up to its next suspension."""
    pending = list(coros)
    results = {}
    while pending:
        for c in list(pending):
            try:
                signal = c.send(None)
                print("suspended:", c.__qualname__, signal)
            except StopIteration as s:
                results[len(results)] = s.value
                pending.remove(c)
    return results

print(run_all([task("a", 2), task("b", 1)]))
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
