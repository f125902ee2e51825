"""Asynchronous I/O: an event loop per thread, tasks, futures, synchronization and queues.

This is CPython's asyncio without the network and subprocess parts (there are no sockets in the
sandbox): coroutines, tasks, timers, locks, queues, timeouts, task groups.
"""
from .exceptions import (CancelledError, InvalidStateError, TimeoutError, IncompleteReadError,
                         LimitOverrunError, SendfileNotAvailableError)
from .events import (BaseEventLoop, EventLoop, Handle, SelectorEventLoop,
                     TimerHandle, get_event_loop, get_running_loop, new_event_loop, set_event_loop,
                     _get_running_loop, _set_running_loop)
from .futures import Future, isfuture, wrap_future
from .tasks import (ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, Task, all_tasks, as_completed,
                    create_task, current_task, ensure_future, gather, shield, sleep, wait, wait_for)
from .timeouts import Timeout, timeout, timeout_at
from .locks import BoundedSemaphore, Condition, Event, Lock, Semaphore
from .queues import LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull, QueueShutDown
from .taskgroups import TaskGroup
from .runners import Runner, run
from .threads import to_thread
from inspect import iscoroutine, iscoroutinefunction

AbstractEventLoop = EventLoop
