"""asyncio.run and asyncio.Runner."""
import inspect
from . import events
from .tasks import gather


class Runner:
    """A loop for several top-level coroutines in a row; closed on exit."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._state = 'created'

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        self._loop = events.new_event_loop() if self._loop_factory is None else self._loop_factory()
        if self._loop_factory is None:
            events.set_event_loop(self._loop)
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'

    def run(self, coro, *, context=None):
        if not inspect.iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if events._get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)

    def close(self):
        if self._state != 'initialized':
            return
        try:
            _cancel_all_tasks(self._loop)
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.run_until_complete(self._loop.shutdown_default_executor(_THREAD_JOIN_TIMEOUT))
        finally:
            if self._loop_factory is None:
                events.set_event_loop(None)
            self._loop.close()
            self._loop = None
            self._state = 'closed'


# How long asyncio.run waits for the default executor's threads (CPython's constant).
_THREAD_JOIN_TIMEOUT = 300


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None, loop_factory=None):
    if events._get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)
