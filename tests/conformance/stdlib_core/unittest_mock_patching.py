# unittest.mock: class decorators, patch.multiple, start/stop, PropertyMock, seal, reset_mock options,
# mock names in reprs-free form, attaching child mocks, method_calls through return values, dir().
import io
import json
import unittest
from unittest.mock import (Mock, MagicMock, PropertyMock, patch, call, seal, sentinel, DEFAULT)


def check(label, fn):
    try:
        result = fn()
        print(label, 'ok', result if result is not None else '')
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Store:
    size = 1

    def read(self):
        return 'disk'

    @property
    def state(self):
        return 'real state'


@patch.object(Store, 'read', return_value='patched read')
class PatchedTests:
    def test_one(self, read):
        return Store().read(), read.call_count

    def test_two(self, read):
        return Store().read()

    def helper(self):
        return Store().read()

t = PatchedTests()
print(t.test_one(), t.test_two(), t.helper())


@patch.multiple(Store, size=5, read=DEFAULT)
def multi(read):
    read.return_value = 'multi'
    return Store.size, Store().read()

print(multi(), Store.size, Store().read())
with patch.multiple('json', dumps=DEFAULT, loads=DEFAULT) as values:
    values['dumps'].return_value = 'D'
    print(sorted(values), json.dumps(0))
print(json.dumps(0))

first = patch.object(Store, 'size', 10)
second = patch.dict('json.__dict__', {'extra': 1})
first.start()
second.start()
print(Store.size, json.extra)
second.stop()
first.stop()
print(Store.size, hasattr(json, 'extra'), first.stop())

with patch.object(Store, 'state', new_callable=PropertyMock) as state:
    state.return_value = 'mocked state'
    s = Store()
    print(s.state)
    s.state = 'assigned'
    print(state.mock_calls)
print(Store().state)
check('new and new_callable', lambda: patch.object(Store, 'size', 1, new_callable=Mock))
check('kwargs with new', lambda: patch.object(Store, 'size', 1, return_value=2).__enter__())
check('string target for object', lambda: patch.object('json', 'dumps'))

sealed = Mock()
sealed.known.value = 1
seal(sealed)
print(sealed.known.value)
check('sealed new attribute', lambda: sealed.unknown)
check('sealed child new attribute', lambda: sealed.known.other)

r = Mock(return_value=3, side_effect=None)
r.child.return_value = 'c'
r()
r.child()
r.reset_mock()
print(r(), r.child(), r.call_count)
r.reset_mock(return_value=True)
print(type(r()).__name__, r.child() == 'c')
r.side_effect = KeyError('k')
r.reset_mock(side_effect=True)
print(r.side_effect)

parent = Mock()
child = Mock(return_value='child result')
parent.attach = child
parent.attach(1)
print(parent.mock_calls, parent.method_calls)
nested = Mock()
nested.api.connect().send('data')
print(nested.mock_calls)
print(nested.api.connect.return_value.send.call_args)
nested.api.connect.assert_called_once_with()
print('send' in dir(nested.api.connect.return_value), 'api' in dir(nested))
del nested.api
check('deleted attribute', lambda: nested.api)

counter = MagicMock()
counter.__getitem__.return_value = sentinel.item
counter.__iadd__.return_value = counter
counter += 1
print(counter[0], counter.mock_calls)
ints = MagicMock()
ints.__int__.return_value = 9
ints.__lt__.return_value = True
print(int(ints), ints < 1, sorted([1, 2]) == [1, 2])
check('lt default', lambda: MagicMock() < MagicMock())
hashed = MagicMock()
print(hash(hashed) == object.__hash__(hashed), {hashed: 1}[hashed])


class Loader(unittest.TestCase):
    @patch('json.loads')
    @patch('json.dumps')
    def test_order(self, dumps, loads):
        json.dumps(1)
        dumps.assert_called_once_with(1)
        loads.assert_not_called()

    @patch.dict('json.__dict__', {'marker': True})
    def test_dict(self):
        self.assertTrue(json.marker)


result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Loader))
print(result.testsRun, len(result.failures), len(result.errors), hasattr(json, 'marker'))
