"""unittest.mock's call records: sentinel, DEFAULT, ANY, call (_Call) and _CallList."""

import pprint


class _SentinelObject:
    """A unique named object: sentinel.NAME."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'sentinel.%s' % self.name

    def __reduce__(self):
        return 'sentinel.%s' % self.name


class _Sentinel:
    """sentinel.NAME gives the same unique object for the same NAME."""

    def __init__(self):
        self._sentinels = {}

    def __getattr__(self, name):
        if name == '__bases__':
            raise AttributeError
        return self._sentinels.setdefault(name, _SentinelObject(name))

    def __reduce__(self):
        return 'sentinel'


sentinel = _Sentinel()
DEFAULT = sentinel.DEFAULT


class _ANY:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __repr__(self):
        return '<ANY>'


ANY = _ANY()


def _format_call_signature(name, args, kwargs):
    parts = [repr(arg) for arg in args]
    parts.extend('%s=%r' % (key, value) for key, value in kwargs.items())
    return '%s(%s)' % (name, ', '.join(parts))


def _split_call(value):
    """(name, args, kwargs) of anything a call may be compared with; None if it is not one."""
    n = len(value)
    if n == 0:
        return '', (), {}
    if n == 3:
        return tuple(value)
    if n == 1:
        (only,) = value
        if isinstance(only, tuple):
            return '', only, {}
        if isinstance(only, str):
            return only, (), {}
        return '', (), only
    if n == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), second
        return '', first, second
    return None


class _Call(tuple):
    """A recorded call: (args, kwargs) for call_args, (name, args, kwargs) in mock_calls.

    `call` itself builds expected calls: call(1, a=2), call.method(3), call(1).method().
    """

    def __new__(cls, value=(), name='', parent=None, two=False, from_kall=True):
        value_name, args, kwargs = _split_call(value)
        # A name inside the value wins; a 3-tuple's name wins even when empty.
        if value_name or len(value) == 3:
            name = value_name
        if two:
            return tuple.__new__(cls, (args, kwargs))
        return tuple.__new__(cls, (name, args, kwargs))

    def __init__(self, value=(), name=None, parent=None, two=False, from_kall=True):
        self._mock_name = name
        self._mock_parent = parent
        self._mock_from_kall = from_kall

    def __eq__(self, other):
        try:
            other_split = _split_call(other)
        except TypeError:
            return NotImplemented
        if other_split is None:
            return False
        if len(self) == 2:
            self_name, (self_args, self_kwargs) = '', self
        else:
            self_name, self_args, self_kwargs = self
        if (getattr(self, '_mock_parent', None) and getattr(other, '_mock_parent', None)
                and self._mock_parent != other._mock_parent):
            return False
        other_name, other_args, other_kwargs = other_split
        if self_name and other_name != self_name:
            return False
        return (other_args, other_kwargs) == (self_args, self_kwargs)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def __call__(self, *args, **kwargs):
        if self._mock_name is None:
            return _Call(('', args, kwargs), name='()')
        return _Call((self._mock_name, args, kwargs), name=self._mock_name + '()', parent=self)

    def __getattr__(self, attr):
        if attr.startswith('__') or attr.startswith('_mock_'):
            raise AttributeError(attr)
        if self._mock_name is None:
            return _Call(name=attr, from_kall=False)
        return _Call(name='%s.%s' % (self._mock_name, attr), parent=self, from_kall=False)

    # call.count(...) and call.index(...) are expected method calls, not tuple methods.
    @property
    def count(self):
        return self.__getattr__('count')

    @property
    def index(self):
        return self.__getattr__('index')

    def _get_call_arguments(self):
        if len(self) == 2:
            return tuple(self)
        return self[1], self[2]

    @property
    def args(self):
        return self._get_call_arguments()[0]

    @property
    def kwargs(self):
        return self._get_call_arguments()[1]

    def __repr__(self):
        if not self._mock_from_kall:
            name = self._mock_name or 'call'
            if name.startswith('()'):
                name = 'call%s' % name
            return name
        if len(self) == 2:
            name = 'call'
            args, kwargs = self
        else:
            name, args, kwargs = self
            if not name:
                name = 'call'
            elif not name.startswith('()'):
                name = 'call.%s' % name
            else:
                name = 'call%s' % name
        return _format_call_signature(name, args, kwargs)

    def call_list(self):
        """The chain of calls this call was built from, for assert_has_calls."""
        vals = []
        thing = self
        while thing is not None:
            if thing._mock_from_kall:
                vals.append(thing)
            thing = thing._mock_parent
        return _CallList(reversed(vals))


call = _Call(from_kall=False)


class _CallList(list):
    """A list of calls where `sublist in calls` tests for a contiguous run."""

    def __contains__(self, value):
        if not isinstance(value, list):
            return list.__contains__(self, value)
        len_value = len(value)
        for i in range(0, len(self) - len_value + 1):
            if self[i:i + len_value] == value:
                return True
        return False

    def __repr__(self):
        return pprint.pformat(list(self))
