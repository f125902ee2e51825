# unittest.mock: Mock/MagicMock calls and records, side effects, assertions with CPython's messages,
# spec/spec_set, patch (decorator, context manager, object, dict), call, ANY, sentinel.
import json
import unittest
from unittest import mock
from unittest.mock import Mock, MagicMock, NonCallableMock, patch, call, ANY, sentinel, DEFAULT


def check(label, fn):
    try:
        result = fn()
        print(label, 'ok', result if result is not None else '')
    except AssertionError as e:
        print(label, 'AssertionError:', e)
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


m = Mock()
print(m(1, 2, key='v') is m.return_value, m.call_count, m.called, m.call_args)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call(1, 2, key='v'))
m.method(3)
m.method().chained(x=4)
m.attr.deep.call()
print(m.mock_calls)
print(m.method_calls)
print(m.method.call_args_list)
print(m.return_value is m(), m.method.return_value is m.method())
m.return_value = 42
print(m(), m.call_count)
m.reset_mock()
print(m.call_count, m.called, m.call_args, m.mock_calls)

# side effects
se = Mock(side_effect=[1, 2, ValueError('third')])
print(se(), se())
check('third', se)
check('exhausted', se)
fn = Mock(side_effect=lambda x: x * 2)
print(fn(21))
fd = Mock(side_effect=lambda: DEFAULT, return_value='from return_value')
print(fd())
boom = Mock(side_effect=KeyError('k'))
check('boom', boom)
wrapped = Mock(wraps=lambda a, b: a + b)
print(wrapped(2, 3), wrapped.call_args)

# assertions
a = Mock(name='fetch')
check('called', a.assert_called)
check('not_called', a.assert_not_called)
check('called_with_not_called', lambda: a.assert_called_with(1))
a(1, b=2)
check('called_with_match', lambda: a.assert_called_with(1, b=2))
check('called_with_mismatch', lambda: a.assert_called_with(1, b=3))
check('called_once', a.assert_called_once)
a('again')
check('called_once_twice', a.assert_called_once)
check('called_once_with', lambda: a.assert_called_once_with('again'))
check('not_called_twice', a.assert_not_called)
check('any_call', lambda: a.assert_any_call(1, b=2))
check('any_call_missing', lambda: a.assert_any_call(5))
check('has_calls', lambda: a.assert_has_calls([call(1, b=2), call('again')]))
check('has_calls_order', lambda: a.assert_has_calls([call('again'), call(1, b=2)]))
check('has_calls_any_order', lambda: a.assert_has_calls([call('again'), call(1, b=2)], any_order=True))
check('has_calls_any_order_missing', lambda: a.assert_has_calls([call(9)], any_order=True))
check('ANY', lambda: a.assert_any_call(ANY, b=ANY))
check('misspelt', lambda: a.assret_called_once())
check('unsafe attribute', lambda: type(Mock(unsafe=True).assert_foo).__name__)
anon = Mock()
anon()
check('anonymous', lambda: anon.assert_called_once_with(7))
check('child', lambda: anon.child.assert_called())

# call objects
print(call(1, x=2), call.method(3), call(1).method(2).attr, call.a.b(), call().x)
print(call(1) == call(1), call(1) == call(2), call.f(1) == call.g(1), call(ANY) == call('x'))
print(call(1).method(2).call_list())
print(repr(sentinel.token), sentinel.token is sentinel.token, DEFAULT, ANY, ANY == object())

# MagicMock magic methods
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), 5 in mm, mm == mm, mm != MagicMock())
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda key: key.upper()
mm.__contains__.return_value = True
print(len(mm), list(mm), mm['key'], 'x' in mm)
mm.__str__ = lambda self: 'custom str'
print(str(mm))
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.mock_calls[-2:])
check('unsupported magic', lambda: setattr(MagicMock(), '__getattr__', None))
nc = NonCallableMock()
check('non-callable', lambda: nc())

# spec and spec_set
class Service:
    timeout = 5

    def get(self, key):
        return key

spec_mock = Mock(spec=Service)
print(isinstance(spec_mock, Service), spec_mock.get('k') is spec_mock.get.return_value)
check('spec missing', lambda: spec_mock.post)
spec_mock.post = 1
print(spec_mock.post)
strict = Mock(spec_set=Service)
check('spec_set assign', lambda: setattr(strict, 'other', 1))
strict.timeout = 10
print(strict.timeout)
names = Mock(spec=['alpha', 'beta'])
print(type(names.alpha).__name__)
check('spec list', lambda: names.gamma)
configured = Mock(**{'a.return_value': 3, 'b.c.side_effect': KeyError('x'), 'name_attr': 'v'})
print(configured.a(), configured.name_attr)
check('configured side effect', lambda: configured.b.c())


# patch
class Config:
    level = 1

    @staticmethod
    def load():
        return 'real'


with patch.object(Config, 'load', return_value='mocked') as mocked_load:
    print(Config.load(), mocked_load.call_count)
print(Config.load())
with patch.object(Config, 'level', 99):
    print(Config.level)
print(Config.level)
with patch('json.dumps') as dumps:
    dumps.return_value = 'patched'
    print(json.dumps({}), dumps.call_args)
print(json.dumps({'a': 1}))


@patch('json.loads', return_value={'x': 1})
@patch('json.dumps')
def decorated(extra, dumps, loads):
    dumps.return_value = 'd'
    return json.dumps(1), json.loads('?'), extra, loads.call_args

print(decorated('E'))
print(json.loads('[1]'))
check('missing attr', lambda: patch.object(Config, 'nope', 1).__enter__())
with patch.object(Config, 'nope', 2, create=True):
    print(Config.nope)
print(hasattr(Config, 'nope'))
check('bad target', lambda: patch('nodots'))
settings = {'a': 1, 'b': 2}
with patch.dict(settings, {'b': 20, 'c': 30}):
    print(sorted(settings.items()))
print(sorted(settings.items()))
with patch.dict(settings, clear=True, z=0):
    print(settings)
print(settings)


@patch.dict(settings, {'a': 100})
def reads_settings():
    return settings['a']

print(reads_settings(), settings['a'])
patcher = patch.object(Config, 'level', 7)
patcher.start()
print(Config.level)
patch.stopall()
print(Config.level)


class WithPatchedMethods(unittest.TestCase):
    @patch.object(Config, 'load', return_value='in test')
    def test_load(self, load):
        self.assertEqual(Config.load(), 'in test')
        load.assert_called_once_with()

    def test_assertion_failure_message(self):
        m = Mock(name='db')
        m.query('x')
        with self.assertRaises(AssertionError) as cm:
            m.query.assert_called_with('y')
        print(cm.exception)


unittest.main(exit=False, argv=['mock-test'], verbosity=0)
