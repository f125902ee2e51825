using GilGrid.Interp.Objects;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `concurrent.futures`: futures, ThreadPoolExecutor, and InterpreterPoolExecutor (Python 3.14),
/// whose worker threads each own a subinterpreter: `Interpreter.call` leaves the caller's GIL, so
/// the calls run in parallel under their own GILs. Written in Python over `threading`, `queue`
/// and `interpreters`.
/// </summary>
internal static class FuturesModule
{
    public static void Exec(Interpreter interp, PyModule m) => ThreadingModule.RunSource(interp, m, "<frozen concurrent.futures>", Source);

    private const string Source = """
import threading, queue

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING, _RUNNING, _CANCELLED, _FINISHED = 'PENDING', 'RUNNING', 'CANCELLED', 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


TimeoutError = TimeoutError


class Future:
    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception is not None:
                    return f'<Future at {hex(id(self))} state=finished raised {type(self._exception).__name__}>'
                return f'<Future at {hex(id(self))} state=finished returned {type(self._result).__name__}>'
            return f'<Future at {hex(id(self))} state={self._state.lower()}>'

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state == _CANCELLED:
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._run_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _wait(self, timeout):
        if not self._condition.wait_for(self.done, timeout):
            raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        with self._condition:
            self._wait(timeout)
            if self._state == _CANCELLED:
                raise CancelledError()
            return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if not self.done():
                self._callbacks.append(fn)
                return
        fn(self)

    def set_result(self, result):
        with self._condition:
            if self.done():
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._result = result
            self._state = _FINISHED
            self._condition.notify_all()
        self._run_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self.done():
                raise InvalidStateError(f'{self._state}: {self!r}')
            self._exception = exception
            self._state = _FINISHED
            self._condition.notify_all()
        self._run_callbacks()

    def _run_callbacks(self):
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            try:
                fn(self)
            except Exception:
                pass


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        def results():
            try:
                for f in futures:
                    yield f.result(timeout)
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    _counter = 0

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 4
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor._counter += 1
        self._max_workers = max_workers
        self._prefix = thread_name_prefix or f'ThreadPoolExecutor-{ThreadPoolExecutor._counter}'
        self._initializer = initializer
        self._initargs = initargs
        self._work = queue.SimpleQueue()
        self._threads = []
        self._idle = 0
        self._shutdown = False
        self._lock = threading.Lock()

    def _worker_context(self):
        # A worker's per-thread setup; InterpreterPoolExecutor returns a subinterpreter here.
        if self._initializer is not None:
            self._initializer(*self._initargs)
        return None

    def _run(self, context, fn, args, kwargs):
        return fn(*args, **kwargs)

    def _worker(self):
        context = self._worker_context()
        try:
            while True:
                item = self._work.get()
                if item is None:
                    self._work.put(None)
                    return
                future, fn, args, kwargs = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    result = self._run(context, fn, args, kwargs)
                except BaseException as exc:
                    future.set_exception(exc)
                else:
                    future.set_result(result)
                del future, fn, args, kwargs, item
        finally:
            self._close_context(context)

    def _close_context(self, context):
        pass

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            future = Future()
            self._work.put((future, fn, args, kwargs))
            if len(self._threads) < self._max_workers:
                t = threading.Thread(name=f'{self._prefix}_{len(self._threads)}', target=self._worker)
                t.daemon = True
                self._threads.append(t)
                t.start()
            return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                while not self._work.empty():
                    item = self._work.get_nowait()
                    if item is not None:
                        item[0].cancel()
            self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


class InterpreterPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        super().__init__(max_workers, thread_name_prefix or 'InterpreterPoolExecutor', None, ())
        self._interp_initializer = initializer
        self._interp_initargs = initargs

    def _worker_context(self):
        import interpreters
        interp = interpreters.create()
        if self._interp_initializer is not None:
            interp.call(self._interp_initializer, *self._interp_initargs)
        return interp

    def _run(self, interp, fn, args, kwargs):
        if isinstance(fn, str):
            interp.exec(fn)
            return None
        return interp.call(fn, *args, **kwargs)

    def _close_context(self, interp):
        interp.close()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    signal = threading.Condition()
    def wake(f):
        with signal:
            signal.notify_all()
    for f in fs:
        f.add_done_callback(wake)
    def ready():
        done = {f for f in fs if f.done()}
        if return_when == FIRST_COMPLETED:
            return bool(done)
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            return True
        return len(done) == len(fs)
    with signal:
        signal.wait_for(ready, timeout)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])


def as_completed(fs, timeout=None):
    pending = list(dict.fromkeys(fs))
    while pending:
        done, _ = wait(pending, timeout, FIRST_COMPLETED)
        if not done:
            raise TimeoutError(f'{len(pending)} (of {len(pending)}) futures unfinished')
        for f in [f for f in pending if f in done]:
            pending.remove(f)
            yield f
""";
}
