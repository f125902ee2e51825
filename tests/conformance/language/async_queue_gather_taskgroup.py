import asyncio
async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)
async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * item)
        q.task_done()
    q.task_done()
async def fail(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")
async def ok(x):
    await asyncio.sleep(0.001 * x)
    return x
async def main():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out)
    res = await asyncio.gather(ok(1), fail(2), ok(3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(ok(1), fail(2))
    except ValueError as e:
        print("gather raised", e)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("wait_for timeout", type(e).__name__)
    sem = asyncio.Semaphore(2)
    active = []
    async def limited(i):
        async with sem:
            active.append(i)
            await asyncio.sleep(0)
            return len(active)
    print(await asyncio.gather(*(limited(i) for i in range(4))))
    done = [await c for c in asyncio.as_completed([ok(3), ok(1), ok(2)])]
    print(done)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woken"
    t = asyncio.create_task(waiter(), name="w1")
    await asyncio.sleep(0)
    ev.set()
    print(await t, t.get_name(), t.done())
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(ok(1))
            t2 = tg.create_task(fail(9))
    except* ValueError as eg:
        print("taskgroup", [str(e) for e in eg.exceptions], t1.cancelled())
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 42)
    print(await fut)
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    print([i async for i in agen()], await asyncio.to_thread(sum, [1, 2]) if hasattr(asyncio, "to_thread") else 3)
    lock = asyncio.Lock()
    async with lock:
        print("locked", lock.locked())
    print(lock.locked())
asyncio.run(main())
async def outer():
    try:
        await asyncio.wait_for(inner(), 0.01)
    except asyncio.TimeoutError:
        print("inner timed out")
async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise
asyncio.run(outer())
print(asyncio.run(ok(0)))
