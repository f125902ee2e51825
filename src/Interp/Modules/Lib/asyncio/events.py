"""asyncio's event loop: one per thread, ready callbacks and timers.

The loop runs callbacks in the order they were scheduled. When nothing is ready it sleeps with
time.sleep until the next timer is due (releasing the GIL and counting against the
interpreter's budget) instead of spinning.
"""
import _thread
import collections
import threading
import heapq
import sys
import time
import traceback


class Handle:
    """A callback scheduled on the loop; cancel() keeps it from running."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop')

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._loop = loop

    def __repr__(self):
        state = ' cancelled' if self._cancelled else ''
        return f'<{type(self).__name__}{state} {getattr(self._callback, "__qualname__", self._callback)!s}()>'

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {self._callback!r}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    __slots__ = ('_when',)

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class EventLoop:
    """The event loop (CPython's selector loop without I/O)."""

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []  # heap of (when, sequence, TimerHandle)
        self._sequence = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._debug = False
        self._exception_handler = None
        self._tasks = set()
        self._current_task = None
        self._task_counter = 0
        self._default_executor = None
        self._executor_shutdown_called = False
        # A signal from call_soon_threadsafe to a loop waiting for timers (or for nothing): the lock
        # is held while there is no signal, released to signal, taken back by the waiting loop.
        # A bare lock rather than threading.Event, whose timed waits can hang; the lock has no such race.
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} closed={self._closed} '
                f'debug={self._debug}>')

    # --- scheduling ---

    def time(self):
        return time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self.call_soon(callback, *args, context=context)
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # already signalled
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        self._sequence += 1
        heapq.heappush(self._scheduled, (when, self._sequence, handle))
        return handle

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # --- running ---

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_id = _thread.get_ident()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        from .tasks import ensure_future
        from .futures import isfuture
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)

        def stop_when_done(_):
            self.stop()
        future.add_done_callback(stop_when_done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # the exception is reported through the raise: mark it retrieved
            raise
        finally:
            future.remove_done_callback(stop_when_done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        while self._scheduled and self._scheduled[0][2]._cancelled:
            heapq.heappop(self._scheduled)
        if not self._ready and not self._stopping:
            if self._scheduled:
                delay = self._scheduled[0][0] - self.time()
                if delay > 0:
                    self._wakeup.acquire(timeout=delay)
            else:
                # Only another thread can wake this loop (no I/O, no timers): CPython blocks too.
                self._wakeup.acquire(timeout=3600)
                return
        now = self.time()
        while self._scheduled and self._scheduled[0][0] <= now:
            handle = heapq.heappop(self._scheduled)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        # Only the callbacks ready now: those they schedule run on the next pass.
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    # --- errors ---

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        lines = [message]
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        text = '\n'.join(lines)
        if exc is not None:
            text += '\n' + ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__)).rstrip()
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self, timeout=None):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        # The executor's shutdown joins its threads: done on a thread of its own, not the loop's.
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            from .timeouts import timeout as _timeout
            async with _timeout(timeout):
                await future
        except TimeoutError:
            import warnings
            warnings.warn("The executor did not finishing joining its threads within "
                          f"{timeout} seconds.", RuntimeWarning, stacklevel=2)
            self._default_executor.shutdown(wait=False)
        else:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(_set_result_unless_done, future, None)
        except Exception as ex:
            if not self.is_closed() and not future.cancelled():
                self.call_soon_threadsafe(future.set_exception, ex)

    # --- threads ---

    def set_default_executor(self, executor):
        import concurrent.futures
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def run_in_executor(self, executor, func, *args):
        """Runs func(*args) in the executor (by default a thread pool of this loop); awaitable."""
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if self._executor_shutdown_called:
                raise RuntimeError('Executor shutdown has been called')
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        from .futures import wrap_future
        return wrap_future(executor.submit(func, *args), loop=self)


def _set_result_unless_done(future, result):
    if not future.done():
        future.set_result(result)


SelectorEventLoop = EventLoop
BaseEventLoop = EventLoop

# The running loop and the current loop, per thread.
_running = {}
_current = {}


def _get_running_loop():
    return _running.get(_thread.get_ident())


def _set_running_loop(loop):
    if loop is None:
        _running.pop(_thread.get_ident(), None)
    else:
        _running[_thread.get_ident()] = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    _current[_thread.get_ident()] = loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    me = _thread.get_ident()
    loop = _current.get(me)
    if loop is None:
        import threading
        thread = threading.current_thread()
        if thread is not threading.main_thread():
            raise RuntimeError(f"There is no current event loop in thread '{thread.name}'.")
        loop = _current[me] = EventLoop()
    return loop
