# asyncio with threads: to_thread, loop.run_in_executor (default and given executors), results and
# exceptions crossing threads, context variables, cancellation, and the errors of misuse.
import asyncio
import concurrent.futures
import contextvars
import threading
import time

request = contextvars.ContextVar('request', default='none')


def blocking(n, delay=0.05):
    time.sleep(delay)
    return n * n, threading.current_thread() is not threading.main_thread()


def fails():
    raise ValueError('bad input')


def read_context():
    return request.get()


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.to_thread(blocking, 3))
    print(await asyncio.to_thread(blocking, 2, delay=0.01))
    request.set('r-42')
    print(await asyncio.to_thread(read_context))
    print(await loop.run_in_executor(None, read_context))  # no context copy: the worker's own
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('ValueError', e)

    # Several blocking calls overlap; the loop keeps running its own tasks meanwhile.
    ticks = []

    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0.01)
    start = time.monotonic()
    results = await asyncio.gather(*(asyncio.to_thread(blocking, i, 0.5) for i in range(4)), ticker())
    print(results[:4], ticks, time.monotonic() - start < 1.5)

    fut = loop.run_in_executor(None, blocking, 5)
    print(type(fut).__name__, asyncio.isfuture(fut))
    print(await fut)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        print(await loop.run_in_executor(pool, blocking, 6, 0))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print('TypeError', e)

    # Waiting with a timeout cancels the asyncio side; the thread finishes on its own.
    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.3), timeout=0.05)
    except TimeoutError:
        print('timed out')

    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    threading.Timer(0.05, cf.set_result, args=('from timer',)).start()
    print(await wrapped)
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print('AssertionError', e)


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, blocking, 7, 0)))
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, blocking, 1)
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
try:
    loop.run_in_executor(None, blocking, 1)
except RuntimeError as e:
    print('RuntimeError', e)
