# sched: a scheduler over a simulated clock (timefunc / delayfunc), priorities, entry order,
# cancel, queue, non-blocking runs, actions that schedule more events, and errors.
import sched

clock = [0.0]
log = []


def timefunc():
    return clock[0]


def delayfunc(seconds):
    log.append(('sleep', seconds))
    clock[0] += seconds


def act(name, *args, **kwargs):
    log.append((clock[0], name, args, kwargs))


s = sched.scheduler(timefunc, delayfunc)
print(s.empty())
e1 = s.enter(5, 1, act, ('five',))
e2 = s.enterabs(2, 2, act, ('two-low',))
e3 = s.enterabs(2, 1, act, ('two-high',))
e4 = s.enter(2, 1, act, ('two-high-later',), {'k': 1})
e5 = s.enter(9, 1, act, ('never',))
print(e2._replace(action=None), e1 < e5, e3 < e2, e3 < e4)
print([e.argument[0] for e in s.queue], s.empty())
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
s.enter(3, 0, lambda: s.enter(1, 0, act, ('added-by-action',)))
s.run()
for entry in log:
    print(entry)
print(s.empty(), s.queue, clock[0])

log.clear()
s.enter(4, 0, act, ('later',))
s.enter(0, 0, act, ('now',))
print(s.run(blocking=False), log)
clock[0] += 10
print(s.run(blocking=False), log)
print(s.run(blocking=False))
ev = sched.Event(1, 2, 3, print, (), {})
print(ev.time, ev.priority, ev.sequence, ev._fields, sched.Event.__name__)


def boom():
    raise RuntimeError('failed action')


s.enter(0, 0, boom)
s.enter(1, 0, act, ('after-failure',))
try:
    s.run()
except RuntimeError as e:
    print('RuntimeError', e, [e.argument for e in s.queue])
s.run()
print(log[-1])
real = sched.scheduler()
real.enter(0.01, 0, act, ('real-time',))
real.run()
print(log[-1][1])
