"""create_autospec: mocks shaped like their spec, whose calls are checked against its signatures."""

import functools
import inspect
import types

from ._mock_calls import DEFAULT, _CallList
from .mock import NonCallableMock, _is_magic
from ._mock_magic import MagicMock, NonCallableMagicMock
from ._mock_async import AsyncMock

_function_types = (types.FunctionType, types.MethodType)


class InvalidSpecError(Exception):
    """Indicates that an invalid value was used as a mock spec."""


class _SpecState:
    """An attribute of an autospecced object, autospecced itself when first looked up."""

    def __init__(self, spec, spec_set, parent, name, instance):
        self.spec = spec
        self.spec_set = spec_set
        self.parent = parent
        self.name = name
        self.instance = instance


def _callable(obj):
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, types.MethodType)):
        return _callable(obj.__func__)
    return getattr(obj, '__call__', None) is not None


def _instance_callable(cls):
    return any(klass.__dict__.get('__call__') is not None for klass in cls.__mro__)


def _signature(func, as_instance, eat_self):
    """(function, signature) used to check calls, or None when there is no signature to check."""
    if isinstance(func, type) and not as_instance:
        func = func.__init__
        eat_self = True
    elif isinstance(func, (classmethod, staticmethod)):
        eat_self = isinstance(func, classmethod)
        func = func.__func__
    elif not isinstance(func, _function_types):
        try:
            func = func.__call__
        except AttributeError:
            return None
    try:
        # A partial drops the first parameter (self) the way binding does.
        return func, inspect.signature(functools.partial(func, None) if eat_self else func)
    except (ValueError, TypeError):
        return None


def _checker(sig):
    def checksig(*args, **kwargs):
        try:
            sig.bind(*args, **kwargs)
        except TypeError as exc:
            raise exc.with_traceback(None)
    return checksig


def _check_signature(spec, mock, skipfirst, instance=False):
    found = _signature(spec, instance, skipfirst)
    if found is None:
        return
    check = _checker(found[1])
    type(mock)._mock_check_sig = lambda self, /, *args, **kwargs: check(*args, **kwargs)
    type(mock).__signature__ = found[1]


_FORWARDED = ('assert_called_with', 'assert_called_once_with', 'assert_has_calls', 'assert_any_call',
              'assert_called', 'assert_not_called', 'assert_called_once')
_FORWARDED_ASYNC = ('assert_awaited', 'assert_awaited_once', 'assert_awaited_with',
                    'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
                    'assert_not_awaited')


def _function_copy(mock, original):
    """A real function with the original's name and signature that checks its arguments and calls mock.
    The mock keeps its call records on the function (its delegate), so both show the same."""
    found = _signature(original, False, isinstance(original, type))
    if found is None:
        return mock
    sig = found[1]
    check = _checker(sig)
    is_async = isinstance(mock, AsyncMock)
    if is_async:
        async def funcopy(*args, **kwargs):
            check(*args, **kwargs)
            return await mock(*args, **kwargs)
    else:
        def funcopy(*args, **kwargs):
            check(*args, **kwargs)
            return mock(*args, **kwargs)
    name = original.__name__ if original.__name__.isidentifier() else 'funcopy'
    funcopy.__name__ = funcopy.__qualname__ = name
    funcopy.__doc__ = None
    funcopy.__signature__ = sig
    funcopy.mock = mock
    funcopy.called = False
    funcopy.call_count = 0
    funcopy.call_args = None
    funcopy.call_args_list = _CallList()
    funcopy.method_calls = _CallList()
    funcopy.mock_calls = _CallList()
    funcopy.return_value = mock.return_value
    funcopy.side_effect = mock.side_effect
    funcopy._mock_children = mock._mock_children
    for assertion in _FORWARDED + (_FORWARDED_ASYNC if is_async else ()):
        setattr(funcopy, assertion, getattr(mock, assertion))
    if is_async:
        funcopy.await_count = 0
        funcopy.await_args = None
        funcopy.await_args_list = _CallList()

    def reset_mock(*args, **kwargs):
        funcopy.method_calls = _CallList()
        funcopy.mock_calls = _CallList()
        mock.reset_mock(*args, **kwargs)
        ret = funcopy.return_value
        if isinstance(ret, NonCallableMock) and ret is not mock:
            ret.reset_mock()
    funcopy.reset_mock = reset_mock
    mock.__dict__['_mock_delegate'] = funcopy
    return funcopy


def _must_skip(spec, entry, is_type):
    """Whether the attribute's first parameter is self (a plain method looked up on the class)."""
    if not isinstance(spec, type):
        if entry in getattr(spec, '__dict__', {}):
            return False
        spec = spec.__class__
    for klass in spec.__mro__:
        result = klass.__dict__.get(entry, DEFAULT)
        if result is DEFAULT:
            continue
        if isinstance(result, (staticmethod, classmethod)):
            return False
        if isinstance(result, _function_types):
            return is_type
        return False
    return is_type


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, *, unsafe=False,
                    **kwargs):
    """A mock with spec's attributes whose calls (and its methods' calls) must match spec's signatures;
    a class gives a mock class whose return value is an autospecced instance."""
    if isinstance(spec, list):
        spec = type(spec)
    is_type = isinstance(spec, type)
    if isinstance(spec, NonCallableMock):
        raise InvalidSpecError(f'Cannot autospec a Mock object. [object={spec!r}]')
    is_async_func = inspect.iscoroutinefunction(spec)
    mock_kwargs = {'spec_set': spec} if spec_set else ({} if spec is None else {'spec': spec})
    _name = kwargs.pop('name', _name)
    new_name = _name if _parent is not None else ''
    mock_kwargs.update(kwargs)

    klass = MagicMock
    if inspect.isdatadescriptor(spec):
        mock_kwargs = {}
    elif is_async_func:
        if instance:
            raise RuntimeError('Instance can not be True when create_autospec is mocking an async function')
        klass = AsyncMock
    elif not _callable(spec):
        klass = NonCallableMagicMock
    elif is_type and instance and not _instance_callable(spec):
        klass = NonCallableMagicMock
    mock = klass(parent=_parent, _new_parent=_parent, _new_name=new_name, name=_name, **mock_kwargs)

    if isinstance(spec, _function_types):
        mock = _function_copy(mock, spec)
    else:
        _check_signature(spec, mock, is_type, instance)
    if _parent is not None and not instance:
        _parent._mock_children[_name] = mock
    if is_type and not instance and 'return_value' not in kwargs:
        mock.return_value = create_autospec(spec, spec_set, instance=True, _name='()', _parent=mock)

    for entry in dir(spec):
        if _is_magic(entry):
            continue
        try:
            original = getattr(spec, entry)
        except AttributeError:
            continue
        if not isinstance(original, _function_types):
            mock._mock_children[entry] = _SpecState(original, spec_set, mock, entry, instance)
            continue
        parent = mock.mock if isinstance(spec, _function_types) else mock
        skipfirst = _must_skip(spec, entry, is_type)
        child_klass = AsyncMock if inspect.iscoroutinefunction(original) else MagicMock
        child_kwargs = {'spec_set': original} if spec_set else {'spec': original}
        new = child_klass(parent=parent, name=entry, _new_name=entry, _new_parent=parent, **child_kwargs)
        mock._mock_children[entry] = new
        new.return_value = child_klass()
        _check_signature(original, new, skipfirst=skipfirst)
    if isinstance(mock, NonCallableMock) and kwargs:
        mock.configure_mock(**kwargs)
    return mock
