def g():
    yield 1
    yield 2

it = g()
print(it.gi_running, it.gi_frame is not None)
next(it)
print(it.gi_frame.f_lineno)
list(it)
print(it.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reentrant():
    yield next(r)
r = reentrant()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
print(iter(it) is it)
