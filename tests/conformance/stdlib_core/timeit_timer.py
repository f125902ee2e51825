import timeit


class FakeClock:
    """A timer that advances by one per call, so timings are counts of timer calls."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        self.now += 1.0
        return self.now


calls = []
t = timeit.Timer(lambda: calls.append(1), timer=FakeClock())
print(t.timeit(5), len(calls))
print(t.repeat(3, 2), len(calls))

counter = {'n': 0}
t = timeit.Timer('counter["n"] += step', setup='step = 2', timer=FakeClock(), globals={'counter': counter})
print(t.timeit(10), counter)
print(timeit.timeit('x.append(len(x))', 'x = []', number=4, globals={}, timer=FakeClock()))
shared = {'hits': []}
print(timeit.repeat('hits.append(1)', repeat=2, number=3, globals=shared, timer=FakeClock()), len(shared['hits']))
print(timeit.timeit('pass', number=0, timer=FakeClock()), timeit.Timer(timer=FakeClock()).timeit(3))
space = {}
print(timeit.timeit('for i in range(3):\n    acc.append(i)', 'acc = []\nspace["acc"] = acc', number=2, timer=FakeClock(), globals={'space': space}), space)
state = {'setup': 0}
timeit.Timer('pass', setup=lambda: state.__setitem__('setup', state['setup'] + 1), timer=FakeClock()).repeat(4, 1)
print(state)
print(timeit.Timer('y', 'y = 1', timer=FakeClock()).timeit(1))
try:
    timeit.Timer('unknown_name', timer=FakeClock()).timeit(1)
except NameError as e:
    print('NameError', e)
outer = 5
try:
    timeit.timeit('outer', number=1, timer=FakeClock())
except NameError as e:
    print('no caller globals by default:', e)
print(timeit.timeit('outer', number=1, timer=FakeClock(), globals=globals()))


class ManualClock:
    """A clock that only moves when the timed statement moves it."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def advance(self):
        self.now += 0.03


clock = ManualClock()
seen = []
print(timeit.Timer(clock.advance, timer=clock).autorange(lambda n, taken: seen.append(n)), seen)
for label, args in [('stmt', dict(stmt=5)), ('setup', dict(setup=None)), ('syntax', dict(stmt='x = = 1')),
                    ('return', dict(stmt='return 1')), ('setup syntax', dict(setup='def'))]:
    try:
        timeit.Timer(**args)
    except (ValueError, SyntaxError) as e:
        print(label, type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)
print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name, timeit.__all__)
print(timeit.default_timer() <= timeit.default_timer(), isinstance(timeit.timeit(number=10), float))
