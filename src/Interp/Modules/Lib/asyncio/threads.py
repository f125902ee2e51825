"""asyncio.to_thread: a blocking call on the loop's default executor, awaited by the coroutine."""
import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) on a worker thread, in a copy of the caller's context."""
    loop = events.get_running_loop()
    context = contextvars.copy_context()
    call = functools.partial(context.run, func, *args, **kwargs)
    return await loop.run_in_executor(None, call)
