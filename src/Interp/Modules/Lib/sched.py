"""A general-purpose event scheduler: events run at their time (by timefunc), earlier priority first,
then in the order they were entered; between events the scheduler waits with delayfunc."""
import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')

_sentinel = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """Initialize a new instance, passing the time and delay functions"""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_sentinel):
        """Enter a new event in the queue at an absolute time; returns it (an ID for cancel())."""
        if kwargs is _sentinel:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_sentinel):
        """A variant of enterabs that specifies the time as a delay from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes an event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """Check whether the queue is empty."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs the events in order, waiting for each one's time. Non-blocking, it runs the events that
        are due and returns the delay until the next one (None when none is left)."""
        lock = self._lock
        queue = self._queue
        while True:
            with lock:
                if not queue:
                    break
                when, _priority, _sequence, action, argument, kwargs = queue[0]
                now = self.timefunc()
                due = when <= now
                if due:
                    heapq.heappop(queue)
            if not due:
                if not blocking:
                    return when - now
                self.delayfunc(when - now)
            else:
                action(*argument, **kwargs)
                self.delayfunc(0)  # lets other threads run

    @property
    def queue(self):
        """The events still to run, in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return list(map(heapq.heappop, [events] * len(events)))
