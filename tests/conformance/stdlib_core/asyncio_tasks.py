# asyncio: tasks, gather, cancellation, timeouts, locks, queues, task groups, wait, futures, run.
import asyncio
import time

log = []

async def worker(name, delay, result):
    log.append(f'{name} start')
    await asyncio.sleep(delay)
    log.append(f'{name} end')
    return result

async def basics():
    t0 = time.monotonic()
    # Delays 100 ms apart: the end order must not depend on how long the three starts take on a
    # loaded machine.
    r = await asyncio.gather(worker('a', 0.3, 1), worker('b', 0.1, 2), worker('c', 0.2, 3))
    elapsed = time.monotonic() - t0
    print('gather', r, log, 0.25 < elapsed < 2)
    t = asyncio.create_task(worker('d', 0, 'D'), name='my-task')
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    print(await asyncio.sleep(0, 'slept'))
    print(asyncio.current_task().get_name().startswith('Task-'))
    print(type(asyncio.get_running_loop()).__name__ in ('EventLoop', '_UnixSelectorEventLoop'))

async def failing(n):
    await asyncio.sleep(0.05 * n)
    raise ValueError(f'bad {n}')

async def errors():
    try:
        await asyncio.gather(failing(1), worker('e', 0.01, 5))
    except ValueError as e:
        print('gather raised', e)
    r = await asyncio.gather(failing(2), worker('f', 0.001, 6), return_exceptions=True)
    print('return_exceptions', [repr(x) for x in r])
    t = asyncio.create_task(failing(0))
    await asyncio.sleep(0.01)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except ValueError as e:
        print('result raised', e)

async def cancellation():
    async def long():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print('long cancelled inside')
            raise
    t = asyncio.create_task(long())
    await asyncio.sleep(0.01)
    print('cancel ->', t.cancel('stop it'))
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting cancelled task:', repr(e), t.cancelled())
    print('cancel again ->', t.cancel())
    async def swallow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'swallowed'
    t = asyncio.create_task(swallow())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())
    t = asyncio.create_task(worker('never', 0, 0))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start', t.cancelled())
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))

async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.02)
    except TimeoutError as e:
        print('wait_for timeout', type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print('wait_for ok', await asyncio.wait_for(worker('g', 0.001, 7), timeout=1))
    try:
        async with asyncio.timeout(0.02) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print('timeout block expired', cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print('timeout not expired', cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print('rescheduled fired')
            raise
    print('unreachable')

async def timeouts_outer():
    try:
        await timeouts()
    except TimeoutError:
        print('rescheduled timeout raised TimeoutError')

async def sync_primitives():
    lock = asyncio.Lock()
    order = []
    async def use(n):
        async with lock:
            order.append(('in', n, lock.locked()))
            await asyncio.sleep(0.001)
            order.append(('out', n))
    await asyncio.gather(*(use(i) for i in range(3)))
    print('lock', order, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.001)
    print('event', ev.is_set(), [t.done() for t in tasks])
    ev.set()
    print(await asyncio.gather(*tasks), ev.is_set())
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.002)
            active[0] -= 1
            return i
    print('sem', await asyncio.gather(*(limited(i) for i in range(6))), peak[0], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0.001)
    async with cond:
        items.append('item')
        cond.notify()
    print('condition', await c)

async def queues():
    q = asyncio.Queue(maxsize=2)
    results = []
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            results.append(item)
    await asyncio.gather(producer(), consumer())
    print('queue', results, q.empty(), q.qsize(), q.maxsize, q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', q2.full())
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 3]:
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in [5, 1, 3]:
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    async def drain():
        while not jq.empty():
            await jq.get()
            await asyncio.sleep(0.001)
            jq.task_done()
    asyncio.create_task(drain())
    await jq.join()
    print('joined', jq.qsize())
    try:
        jq.task_done()
    except ValueError as e:
        print(e)

async def task_groups():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('tg1', 0.002, 'one'))
        t2 = tg.create_task(worker('tg2', 0.001, 'two'))
    print('taskgroup', t1.result(), t2.result())
    cancelled = []
    async def slow():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append('slow')
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
            tg.create_task(failing(1))
            tg.create_task(failing(2))
    except* ValueError as eg:
        print('taskgroup errors', sorted(str(e) for e in eg.exceptions), cancelled)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(1))
            await asyncio.sleep(10)
    except ExceptionGroup as eg:
        print('body cancelled', eg.message, [str(e) for e in eg.exceptions])

async def waiting():
    tasks = [asyncio.create_task(worker(f'w{i}', d, i)) for i, d in ((1, 0.01), (2, 0.3), (3, 0.35))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks)
    print('all', sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))], timeout=0.01)
    print('wait timeout', len(done), len(pending))
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([worker('x', 0.006, 'slow'), worker('y', 0.001, 'fast')]):
        results.append(await coro)
    print('as_completed', results)
    inner = asyncio.create_task(worker('shielded', 0.005, 'kept'))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('shield outer cancelled', inner.cancelled())
    print('inner result', await inner)

async def futures():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(repr(fut), fut.done())
    loop.call_later(0.001, fut.set_result, 42)
    print(await fut, repr(fut))
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError', e)
    fut.set_exception(KeyError('k'))
    print(repr(fut.exception()))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print('set twice refused')
    fut = loop.create_future()
    calls = []
    fut.add_done_callback(lambda f: calls.append(f.result()))
    fut.set_result('cb')
    print(calls)
    await asyncio.sleep(0)
    print(calls)
    order = []
    loop.call_soon(order.append, 1)
    h = loop.call_soon(order.append, 2)
    h.cancel()
    loop.call_later(0.2, order.append, 4)
    loop.call_later(0.1, order.append, 3)
    await asyncio.sleep(0.3)
    coro = futures()
    print('callbacks', order, asyncio.isfuture(fut), asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(futures))
    coro.close()

async def main():
    for step in (basics, errors, cancellation, timeouts_outer, sync_primitives, queues, task_groups, waiting, futures):
        print('--', step.__name__)
        await step()
    return 'main done'

print(asyncio.run(main()))
try:
    asyncio.run(1)
except ValueError as e:
    print(e)
async def nested():
    coro = main()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    coro.close()
asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
with asyncio.Runner() as runner:
    print(runner.run(worker('r1', 0, 'first')), runner.run(worker('r2', 0, 'second')))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker('l', 0.001, 'loop')), loop.is_closed())
loop.close()
print(loop.is_closed())
coro = worker('z', 0, 0)
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print(e)
coro.close()
# A sleeping loop waits for its next timer instead of spinning: it reads the clock a few times only.
clock_reads = [0]
real_monotonic = time.monotonic
def counting_monotonic():
    clock_reads[0] += 1
    return real_monotonic()
time.monotonic = counting_monotonic
t0 = real_monotonic()
asyncio.run(asyncio.sleep(0.2))
time.monotonic = real_monotonic
print('sleep does not spin', clock_reads[0] < 50, real_monotonic() - t0 >= 0.2)
