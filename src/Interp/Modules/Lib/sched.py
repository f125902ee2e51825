"""A general-purpose event scheduler: each event runs when its time comes (as timefunc tells),
the lower priority first among events due at the same time, then in the order they were entered.
Between events the scheduler waits with delayfunc; other threads may enter events meanwhile."""
import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

# Events order as tuples: by time, then priority, then the order they were entered (unique, so two
# events never compare their actions).
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._pending = []  # a heap of Events, the next one to run first
        self._lock = threading.RLock()
        self._entered = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Enters an event to run at an absolute time; the event returned is what cancel() takes."""
        with self._lock:
            event = Event(time, priority, next(self._entered), action, argument,
                          {} if kwargs is _NO_KWARGS else kwargs)
            heapq.heappush(self._pending, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Enters an event to run `delay` from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Takes an event out of the queue; ValueError if it is not there."""
        with self._lock:
            self._pending.remove(event)
            heapq.heapify(self._pending)

    def empty(self):
        """Whether no event is left."""
        with self._lock:
            return not self._pending

    def run(self, blocking=True):
        """Runs the events as their times come. With blocking false, runs those already due and
        returns how long until the next one (None when none is left)."""
        while True:
            with self._lock:
                if not self._pending:
                    return None
                event = self._pending[0]
                now = self.timefunc()
                due = event.time <= now
                if due:
                    heapq.heappop(self._pending)
            if due:
                event.action(*event.argument, **event.kwargs)
                self.delayfunc(0)  # a chance for other threads between events
            elif blocking:
                self.delayfunc(event.time - now)
            else:
                return event.time - now

    @property
    def queue(self):
        """The events still to run, in the order they will run."""
        with self._lock:
            return sorted(self._pending)
