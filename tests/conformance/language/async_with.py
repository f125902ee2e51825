def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class Connection:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("connect", self.name)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print("disconnect", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

async def main():
    async with Connection("db") as conn, Connection("cache"):
        print("using", conn.name)
    async with Connection("flaky"):
        raise KeyError("suppressed by __aexit__")
    try:
        async with Connection("broken"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    return "done"

print(run(main()))
async def wrong():
    async with object():
        pass
try:
    run(wrong())
except TypeError as e:
    print(type(e).__name__, e)
