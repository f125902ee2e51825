using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Concurrency;

/// <summary>
/// `threading`, written in Python over `_thread` as CPython's is (the primitives that block are the
/// native lock's; everything else composes them). Compiled once per process, run per interpreter.
/// </summary>
internal static class ThreadingModule
{
    public static void Exec(Interpreter interp, PyModule m) => RunSource(interp, m, "<frozen threading>", Source);

    /// <summary>Runs a module's Python source in the module's own namespace.</summary>
    internal static void RunSource(Interpreter interp, PyModule m, string fileName, string source)
    {
        m.Globals.Set("__builtins__", interp.MainModule.Globals.Get("__builtins__")!);
        interp.RunCode(PythonRuntime.Compile(source, fileName, Syntax.ParseMode.Exec), m.Globals, m.Globals);
    }

    private const string Source = """
import _thread

get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error

_active = {}
_counter = 0
_active_lock = Lock()


class RLock:
    def __init__(self):
        self._block = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if not self._block.acquire(blocking, timeout):
            return False
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        state = (self._owner, self._count)
        self._owner = None
        self._count = 0
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._owner, self._count = state

    def __repr__(self):
        return (f"<{'locked' if self._owner is not None else 'unlocked'} _thread.RLock object "
                f"owner={self._owner or 0} count={self._count} at {hex(id(self))}>")


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self.acquire = self._lock.acquire
        self.release = self._lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _is_owned(self):
        if hasattr(self._lock, '_is_owned'):
            return self._lock._is_owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._lock._release_save() if hasattr(self._lock, '_release_save') else self._lock.release()
        try:
            if timeout is None:
                got = waiter.acquire()
            else:
                got = waiter.acquire(True, timeout) if timeout > 0 else waiter.acquire(False)
            return got
        finally:
            if hasattr(self._lock, '_acquire_restore'):
                self._lock._acquire_restore(saved)
            else:
                self._lock.acquire()
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        left = timeout
        result = predicate()
        while not result:
            if left is not None:
                if end is None:
                    end = _thread._monotonic() + left
                else:
                    left = end - _thread._monotonic()
                if left <= 0:
                    break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        for waiter in self._waiters[:n]:
            waiter.release()
        del self._waiters[:n]

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if not blocking:
                if self._value == 0:
                    return False
            elif not self._cond.wait_for(lambda: self._value > 0, timeout):
                return False
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait_for(lambda: self._flag, timeout)
            return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._count)
    broken = property(lambda self: self._broken)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            if self._broken:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            generation = self._generation
            if self._count == self._parties:
                if self._action:
                    self._action()
                self._count = 0
                self._generation += 1
                self._cond.notify_all()
                return index
            if not self._cond.wait_for(lambda: self._generation != generation or self._broken, timeout):
                self._broken = True
                self._cond.notify_all()
                raise BrokenBarrierError
            if self._broken:
                raise BrokenBarrierError
            return index

    def abort(self):
        with self._cond:
            self._broken = True
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            self._broken = False
            self._count = 0
            self._generation += 1
            self._cond.notify_all()


class local:
    def __init__(self):
        object.__setattr__(self, '_local__dicts', {})

    def _mine(self):
        dicts = object.__getattribute__(self, '_local__dicts')
        me = get_ident()
        if me not in dicts:
            dicts[me] = {}
        return dicts[me]

    def __getattribute__(self, name):
        if name in ('_mine', '__class__', '__dict__'):
            return object.__getattribute__(self, name)
        d = object.__getattribute__(self, '_mine')()
        if name in d:
            return d[name]
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, '_mine')()[name] = value

    def __delattr__(self, name):
        d = object.__getattribute__(self, '_mine')()
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _new_name(target):
    global _counter
    _counter += 1
    name = f"Thread-{_counter}"
    if target is not None:
        name += f" ({getattr(target, '__name__', '?')})"
    return name


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._started = False
        self._done = Lock()

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._done.acquire()
        started = Lock()
        started.acquire()
        _thread._start_named_thread(self._name, self._bootstrap, (started,), None)
        started.acquire()

    def _bootstrap(self, started):
        self._ident = get_ident()
        with _active_lock:
            _active[self._ident] = self
        started.release()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            _thread._report_exception(f"Exception in thread {self._name}:", exc)
        finally:
            with _active_lock:
                _active.pop(self._ident, None)
            self._done.release()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()

    def is_alive(self):
        return self._started and self._done.locked()

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    def getName(self):
        return self._name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._started and not self.is_alive():
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"


class _MainThread(Thread):
    def __init__(self):
        self._name = "MainThread"
        self._daemonic = False
        self._ident = get_ident()
        self._started = True
        self._done = Lock()
        self._done.acquire()


class _DummyThread(Thread):
    def __init__(self):
        self._name = f"Dummy-{get_ident()}"
        self._daemonic = True
        self._ident = get_ident()
        self._started = True
        self._done = Lock()
        self._done.acquire()


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread


def current_thread():
    t = _active.get(get_ident())
    return t if t is not None else _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active)


def enumerate():
    with _active_lock:
        return list(_active.values())


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
""";
}
