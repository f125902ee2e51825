"""asyncio.Task (a coroutine driven by the loop) and the functions that combine awaitables."""
import inspect
import itertools
from . import events
from .exceptions import CancelledError
from .futures import Future, isfuture, _set_result_unless_cancelled

_task_names = itertools.count(1)


class Task(Future):
    """Runs a coroutine on the loop: each step sends into it until it awaits a pending future."""

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not inspect.iscoroutine(coro) and not hasattr(coro, 'send'):
            self._state = 'CANCELLED'  # never scheduled, never reported
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = f'Task-{next(_task_names)}' if name is None else str(name)
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop.call_soon(self._step)
        self._loop._tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        coro = getattr(self._coro, '__qualname__', None) or getattr(self._coro, '__name__', '?')
        extra = f' wait_for={self._fut_waiter!r}' if self._fut_waiter is not None else ''
        return f"{info} name='{self._name}' coro=<{coro}()>{extra}"

    def get_coro(self):
        return self._coro

    def get_context(self):
        return None

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        return []

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            # The awaited future's cancellation reaches the coroutine when it resumes.
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def _finish(self, setter, value):
        Future.set_result(self, value) if setter == 'result' else Future.set_exception(self, value)
        self._loop._tasks.discard(self)

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous, loop._current_task = loop._current_task, self
        try:
            result = self._coro.send(None) if exc is None else self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
                loop._tasks.discard(self)
            else:
                self._finish('result', stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            Future.cancel(self, msg=cancelled.args[0] if cancelled.args else None)
            loop._tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._finish('exception', fatal)
            raise
        except BaseException as error:
            self._finish('exception', error)
        else:
            self._await(result)
        finally:
            loop._current_task = previous

    def _await(self, result):
        if getattr(result, '_asyncio_future_blocking', None) is not None:
            if result is self:
                self._loop.call_soon(self._step, RuntimeError(f'Task cannot await on itself: {self!r}'))
                return
            if not result._asyncio_future_blocking:
                self._loop.call_soon(self._step, RuntimeError(
                    f'yield was used instead of yield from in task {self!r} with {result!r}'))
                return
            result._asyncio_future_blocking = False
            result.add_done_callback(self._wakeup)
            self._fut_waiter = result
            if self._must_cancel and result.cancel(msg=self._cancel_message):
                self._must_cancel = False
        elif result is None:
            self._loop.call_soon(self._step)  # a bare yield: let the other callbacks run
        else:
            self._loop.call_soon(self._step, RuntimeError(f'Task got bad yield: {result!r}'))

    def _wakeup(self, future):
        self._step()


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if inspect.iscoroutine(coro_or_future):
        if loop is None:
            loop = events.get_event_loop()
        return loop.create_task(coro_or_future)
    if inspect.isawaitable(coro_or_future):
        async def wrap():
            return await coro_or_future
        return ensure_future(wrap(), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


class _Yield:
    """Awaiting it gives the loop one turn (sleep(0))."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled = True
        if cancelled:
            self._cancel_requested = True
        return cancelled


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = events.get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children, by_arg = [], {}
    loop = None
    for arg in coros_or_futures:
        if arg not in by_arg:  # the same awaitable twice is one child
            fut = ensure_future(arg, loop=loop)
            loop = fut.get_loop() if loop is None else loop
            by_arg[arg] = fut
        children.append(by_arg[arg])
    outer = _GatheringFuture(children, loop=loop)
    pending = [len(set(map(id, children)))]

    def on_child_done(child):
        pending[0] -= 1
        if outer.done():
            if not child.cancelled():
                child.exception()  # retrieved: the outer future already failed
            return
        if not return_exceptions:
            if child.cancelled():
                outer.set_exception(child._make_cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if pending[0] == 0:
            results = []
            for fut in children:
                if fut.cancelled():
                    results.append(fut._make_cancelled_error())
                else:
                    results.append(fut.exception() if fut.exception() is not None else fut.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in by_arg.values():
        fut.add_done_callback(on_child_done)
    return outer


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or inspect.iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(inspect.iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = events.get_running_loop()
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _set_result_unless_cancelled, waiter, None) if timeout is not None else None
    counter = [len(fs)]

    def on_done(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if timer is not None:
                timer.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(on_done)
    try:
        if not (return_when == FIRST_COMPLETED and any(f.done() for f in fs)) and \
                not all(f.done() for f in fs):
            await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


async def wait_for(fut, timeout):
    from .timeouts import timeout as _timeout
    if timeout is not None and timeout <= 0:
        fut = ensure_future(fut)
        if fut.done():
            return fut.result()
        fut.cancel()
        try:
            await fut
        except CancelledError as exc:
            raise TimeoutError() from exc
        return fut.result()
    async with _timeout(timeout):
        return await fut


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def copy_state(inner_done):
        if outer.cancelled():
            if not inner_done.cancelled():
                inner_done.exception()
            return
        if inner_done.cancelled():
            outer.cancel()
        elif inner_done.exception() is not None:
            outer.set_exception(inner_done.exception())
        else:
            outer.set_result(inner_done.result())

    inner.add_done_callback(copy_state)
    return outer


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or inspect.iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = events.get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    from .queues import Queue
    done = Queue()
    timer = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()
