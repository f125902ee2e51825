"""MagicMock: a Mock with the magic methods preconfigured (len() is 0, iter() is empty, ...)."""

from .mock import NonCallableMock, CallableMixin, Mock, DEFAULT

_comparisons = 'lt le gt ge eq ne'.split()
_numerics = 'add sub mul matmul truediv floordiv mod lshift rshift and xor or pow'.split()
_right = ['r' + n for n in _numerics]
_inplace = ['i' + n for n in _numerics]
_others = ('getitem setitem delitem len contains iter exit enter bool int float complex index '
           'hash str sizeof round floor trunc ceil neg pos abs invert divmod rdivmod fspath '
           'reversed missing next aenter aexit aiter anext').split()
_magics = {'__%s__' % name for name in _comparisons + _numerics + _right + _inplace + _others}
_non_defaults = {'__get__', '__set__', '__delete__', '__reversed__', '__missing__', '__reduce__',
                 '__reduce_ex__', '__getinitargs__', '__getnewargs__', '__getstate__',
                 '__setstate__', '__getformat__', '__repr__', '__dir__', '__subclasses__',
                 '__format__', '__getnewargs_ex__', '__next__', '__aenter__', '__aexit__',
                 '__aiter__', '__anext__', '__fspath__', '__divmod__', '__rdivmod__'}
_all_magics = _magics | _non_defaults

_return_values = {'__lt__': NotImplemented, '__gt__': NotImplemented, '__le__': NotImplemented,
                  '__ge__': NotImplemented, '__int__': 1, '__contains__': False, '__len__': 0,
                  '__exit__': False, '__aexit__': False, '__complex__': 1j, '__float__': 1.0, '__bool__': True,
                  '__index__': 1}
_calculate_return_value = {'__hash__': lambda self: object.__hash__(self),
                           '__str__': lambda self: object.__str__(self),
                           '__sizeof__': lambda self: object.__sizeof__(self)}


def _is_supported_magic(name):
    return name in _all_magics


def _get_eq(self):
    def __eq__(other):
        ret_val = self.__eq__._mock_return_value
        if ret_val is not DEFAULT:
            return ret_val
        return True if self is other else NotImplemented
    return __eq__


def _get_ne(self):
    def __ne__(other):
        if self.__ne__._mock_return_value is not DEFAULT:
            return DEFAULT
        return False if self is other else NotImplemented
    return __ne__


def _get_iter(self):
    def __iter__():
        ret_val = self.__iter__._mock_return_value
        return iter([]) if ret_val is DEFAULT else iter(ret_val)
    return __iter__


class _AsyncIterator:
    """What a MagicMock's __aiter__ gives: async iteration over its return_value."""

    def __init__(self, iterator):
        self.iterator = iterator

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self.iterator)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _get_async_iter(self):
    def __aiter__():
        ret_val = self.__aiter__._mock_return_value
        return _AsyncIterator(iter([]) if ret_val is DEFAULT else iter(ret_val))
    return __aiter__


_side_effect_methods = {'__eq__': _get_eq, '__ne__': _get_ne, '__iter__': _get_iter,
                        '__aiter__': _get_async_iter}


def _set_return_value(mock, method, name):
    fixed = _return_values.get(name, DEFAULT)
    if fixed is not DEFAULT:
        method.return_value = fixed
        return
    calculator = _calculate_return_value.get(name)
    if calculator is not None:
        method.return_value = calculator(mock)
        return
    side_effector = _side_effect_methods.get(name)
    if side_effector is not None:
        method.side_effect = side_effector(mock)


class _MagicProxy:
    """Creates the magic method's child mock the first time it is looked up on the mock's class."""

    def __init__(self, name, parent):
        self.name = name
        self.parent = parent

    def create_mock(self):
        parent = self.parent
        m = parent._get_child_mock(name=self.name, _new_name=self.name, _new_parent=parent)
        setattr(parent, self.name, m)
        _set_return_value(parent, m, self.name)
        return m

    def __get__(self, obj, _type=None):
        return self.create_mock()


class MagicMixin:
    def __init__(self, /, *args, **kw):
        self._mock_set_magics()
        super().__init__(*args, **kw)
        self._mock_set_magics()

    def _mock_set_magics(self):
        these_magics = _magics
        if getattr(self, '_mock_methods', None) is not None:
            these_magics = _magics.intersection(self._mock_methods)
            for entry in _magics - these_magics:
                if entry in type(self).__dict__:
                    delattr(self, entry)
        these_magics = these_magics - set(type(self).__dict__)
        for entry in these_magics:
            setattr(type(self), entry, _MagicProxy(entry, self))


class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class MagicMock(MagicMixin, Mock):
    """Mock with default implementations of the magic methods (len 0, bool True, empty iteration, ...)."""

    def mock_add_spec(self, spec, spec_set=False):
        self._mock_add_spec(spec, spec_set)
        self._mock_set_magics()


class PropertyMock(Mock):
    """A mock to set on a class as a property: getting calls it with no arguments, setting with the value."""

    def _get_child_mock(self, /, **kwargs):
        return MagicMock(**kwargs)

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, val):
        self(val)
