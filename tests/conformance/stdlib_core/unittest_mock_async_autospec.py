# unittest.mock: AsyncMock (awaits, assertions, side effects, async magics, async specs, patch of
# async functions) and create_autospec (functions, async functions, classes, instances, errors).
import asyncio
from unittest import mock
from unittest.mock import AsyncMock, MagicMock, Mock, create_autospec, call, patch
import inspect


async def fetch(url, *, timeout=10):
    return 'real'


class Service:
    limit = 3

    def __init__(self, host, port=80):
        self.host = host

    def get(self, key, default=None):
        return key

    async def aget(self, key):
        return key

    @staticmethod
    def util(x):
        return x

    @classmethod
    def make(cls, name):
        return cls(name)


def error(fn):
    try:
        r = fn()
    except Exception as e:
        return f'{type(e).__name__}: {e}'
    return f'ok {r!r}'


async def main():
    m = AsyncMock(return_value=42)
    print(inspect.iscoroutinefunction(m), asyncio.iscoroutinefunction(m))
    coro = m(1, k=2)
    print(type(coro).__name__, m.called, m.await_count)
    print(await coro, m.await_count, m.await_args, m.await_args_list)
    m.assert_awaited(); m.assert_awaited_once(); m.assert_awaited_with(1, k=2)
    m.assert_awaited_once_with(1, k=2); m.assert_any_await(1, k=2)
    await m('x')
    m.assert_has_awaits([call(1, k=2), call('x')])
    print(error(lambda: m.assert_awaited_once()))
    print(error(lambda: m.assert_awaited_with(5)))
    print(error(lambda: m.assert_not_awaited()))
    print(error(lambda: m.assert_any_await('nope')))
    print(error(lambda: m.assert_has_awaits([call('x'), call(1, k=2)])))
    m.assert_has_awaits([call('x'), call(1, k=2)], any_order=True)
    m.reset_mock()
    print(m.await_count, m.await_args, m.await_args_list, m.call_count)

    e = AsyncMock(side_effect=ValueError('bad'))
    try:
        await e()
    except ValueError as ex:
        print('raised', ex, e.await_count)
    seq = AsyncMock(side_effect=[1, KeyError('k'), 3])
    print(await seq())
    try:
        await seq()
    except KeyError as ex:
        print('KeyError', ex)
    print(await seq())

    async def effect(a):
        return a * 2
    print(await AsyncMock(side_effect=effect)(21))
    print(await AsyncMock(side_effect=lambda a: a + 1)(1))
    child = AsyncMock()
    print(type(child.method).__name__, inspect.iscoroutinefunction(child.method))
    print(type(await child.method()).__name__)
    print(repr(AsyncMock(name='db')).split(' id=')[0])

    mm = MagicMock()
    mm.__aenter__.return_value = 'entered'
    async with mm as value:
        print('async with', value)
    print(type(mm.__aenter__).__name__, type(mm.__aexit__).__name__)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])

    specced = Mock(spec=Service)
    print(type(specced.aget).__name__, type(specced.get).__name__)
    print(type(Mock(spec=fetch)).__name__)
    with patch(__name__ + '.fetch') as patched:
        patched.return_value = 'fake'
        print(type(patched).__name__, await fetch('u'))
        patched.assert_awaited_once_with('u')
    # an un-awaited call counts as a call, not an await
    n = AsyncMock()
    c = n()
    print(n.call_count, n.await_count)
    c.close()


asyncio.run(main())

# create_autospec: functions
def add(a, b=2, *, scale=1):
    """adds"""
    return (a + b) * scale

f = create_autospec(add, return_value=7)
print(f(1), f(1, 3, scale=2), f.call_args_list)
print(error(lambda: f()))
print(error(lambda: f(1, 2, 3)))
print(error(lambda: f(1, c=4)))
f.assert_called_with(1, 3, scale=2)
print(error(lambda: f.assert_called_once_with(1)))
print(f.__name__, f.__doc__, inspect.signature(f))
print(type(f).__name__, callable(f), f.called, f.call_count)
f.reset_mock()
print(f.call_count)

af = create_autospec(fetch)
print(type(af).__name__, inspect.iscoroutinefunction(af))
print(asyncio.run(af('u', timeout=1)).__class__.__name__, af.await_count)

# classes
S = create_autospec(Service)
inst = S('h')
print(error(lambda: S()))
print(error(lambda: S(1, 2, 3)))
print(S.call_args, inst is S.return_value)
inst.get('k')
print(error(lambda: inst.get()))
print(error(lambda: inst.get('a', 'b', 'c')))
print(error(lambda: inst.missing))
print(error(lambda: S.make()))
print(S.make('x') is not None, S.util(1) is not None)
print(error(lambda: S.util()))
print(isinstance(inst, Service), inst.limit.__class__.__name__)
print(type(inst.aget).__name__)
inst.get.assert_called_once_with('k')
print(inst.method_calls, S.mock_calls)

inst2 = create_autospec(Service, instance=True)
print(error(lambda: inst2()))
print(error(lambda: inst2.get()))
sp = create_autospec(Service, spec_set=True)
print(error(lambda: setattr(sp, 'nope', 1)))
print(error(lambda: create_autospec(add, foo=1).foo))
