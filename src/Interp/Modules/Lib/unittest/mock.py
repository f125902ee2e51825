"""Mock objects: Mock, MagicMock, NonCallableMock, patch, call, ANY, sentinel, DEFAULT."""

__all__ = ('Mock', 'MagicMock', 'NonCallableMock', 'NonCallableMagicMock', 'patch', 'sentinel',
           'DEFAULT', 'ANY', 'call', 'PropertyMock', 'FILTER_DIR', 'seal', 'AsyncMock',
           'create_autospec')

import inspect as _inspect

from ._mock_calls import (sentinel, DEFAULT, ANY, call, _Call, _CallList,
                          _format_call_signature)

FILTER_DIR = True

# Attribute names that look like misspelt assertions raise instead of creating a child mock.
_ASSERT_PREFIXES = ('assert', 'assret', 'asert', 'aseert', 'assrt')


def _is_exception(obj):
    return isinstance(obj, BaseException) or (isinstance(obj, type) and issubclass(obj, BaseException))


def _is_magic(name):
    return name[:2] == '__' and name[-2:] == '__' and len(name) > 4


def _is_async_obj(obj):
    if isinstance(obj, NonCallableMock) and not isinstance(obj, AsyncMockMixin):
        return False
    obj = getattr(obj, '__func__', obj)
    return _inspect.iscoroutinefunction(obj) or _inspect.isawaitable(obj)


def _delegating_property(name):
    """A call-record attribute; an autospecced function's mock keeps it on the function instead."""
    own = '_mock_' + name

    def get(self):
        delegate = self._mock_delegate
        return getattr(self, own) if delegate is None else getattr(delegate, name)

    def set(self, value):
        delegate = self._mock_delegate
        if delegate is None:
            self.__dict__[own] = value
        else:
            setattr(delegate, name, value)
    return property(get, set)


def _safe_repr(obj):
    try:
        return repr(obj)
    except Exception:
        return object.__repr__(obj)


class NonCallableMock:
    """A mock that records attribute access; attributes are child mocks created on first use."""

    def __new__(cls, /, *args, **kw):
        # Each instance gets its own class so that magic methods can be set per instance; a spec
        # that is an async function makes the mock an async one.
        bases = (cls,)
        if not issubclass(cls, AsyncMockMixin):
            spec = kw.get('spec_set', kw.get('spec', args[0] if args else None))
            if spec is not None and _is_async_obj(spec):
                bases = (AsyncMockMixin, cls)
        new = type(cls.__name__, bases, {'__doc__': cls.__doc__})
        return object.__new__(new)

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name='', _new_parent=None, unsafe=False, **kwargs):
        if _new_parent is None:
            _new_parent = parent
        d = self.__dict__
        d['_mock_parent'] = parent
        d['_mock_name'] = name
        d['_mock_new_name'] = _new_name
        d['_mock_new_parent'] = _new_parent
        d['_mock_sealed'] = False
        if spec_set is not None:
            spec = spec_set
            spec_set = True
        self._mock_add_spec(spec, spec_set)
        d['_mock_children'] = {}
        d['_mock_wraps'] = wraps
        d['_mock_delegate'] = None
        d['_mock_called'] = False
        d['_mock_call_args'] = None
        d['_mock_call_count'] = 0
        d['_mock_call_args_list'] = _CallList()
        d['_mock_mock_calls'] = _CallList()
        d['method_calls'] = _CallList()
        d['_mock_unsafe'] = unsafe
        d['_mock_return_value'] = DEFAULT
        d['_mock_side_effect'] = None
        if kwargs:
            self.configure_mock(**kwargs)

    def _mock_add_spec(self, spec, spec_set):
        spec_class = None
        methods = None
        asyncs = []
        if spec is not None:
            if isinstance(spec, (list, tuple)) and all(isinstance(s, str) for s in spec):
                methods = list(spec)
            else:
                spec_class = spec if isinstance(spec, type) else type(spec)
                methods = dir(spec)
                asyncs = [name for name in methods
                          if _inspect.iscoroutinefunction(getattr(spec, name, None))]
        d = self.__dict__
        d['_spec_asyncs'] = asyncs
        d['_spec_class'] = spec_class
        d['_spec_set'] = spec_set
        d['_mock_methods'] = methods

    def mock_add_spec(self, spec, spec_set=False):
        """Restricts the mock's attributes to those of spec (a class, an object or a list of names)."""
        self._mock_add_spec(spec, spec_set)

    @property
    def __class__(self):
        if self._spec_class is None:
            return type(self)
        return self._spec_class

    called = _delegating_property('called')
    call_count = _delegating_property('call_count')
    call_args = _delegating_property('call_args')
    call_args_list = _delegating_property('call_args_list')
    mock_calls = _delegating_property('mock_calls')

    def _mock_check_sig(self, /, *args, **kwargs):
        """Replaced by create_autospec with a check against the spec's signature."""

    def _get_return_value(self):
        ret = self._mock_return_value
        if self._mock_delegate is not None:
            ret = self._mock_delegate.return_value
        if ret is DEFAULT:
            ret = self._get_child_mock(_new_parent=self, _new_name='()')
            self.return_value = ret
        return ret

    def _set_return_value(self, value):
        if self._mock_delegate is not None:
            self._mock_delegate.return_value = value
        else:
            self.__dict__['_mock_return_value'] = value
            _check_and_set_parent(self, value, None, '()')

    return_value = property(_get_return_value, _set_return_value)

    def _get_side_effect(self):
        if self._mock_delegate is None:
            return self._mock_side_effect
        effect = self._mock_delegate.side_effect
        if effect is not None and not callable(effect) and not _is_exception(effect):
            try:
                effect = iter(effect)
            except TypeError:
                pass
            self._mock_delegate.side_effect = effect
        return effect

    def _set_side_effect(self, value):
        if value is not None and not _is_exception(value) and not callable(value):
            try:
                value = iter(value)
            except TypeError:
                pass
        if self._mock_delegate is not None:
            self._mock_delegate.side_effect = value
        else:
            self.__dict__['_mock_side_effect'] = value

    side_effect = property(_get_side_effect, _set_side_effect)

    def reset_mock(self, visited=None, *, return_value=False, side_effect=False):
        """Forgets all calls (of this mock and its children); optionally the return value and side effect."""
        if visited is None:
            visited = []
        if id(self) in visited:
            return
        visited.append(id(self))
        self.called = False
        self.call_args = None
        self.call_count = 0
        self.mock_calls = _CallList()
        self.call_args_list = _CallList()
        self.__dict__['method_calls'] = _CallList()
        if return_value:
            self.__dict__['_mock_return_value'] = DEFAULT
        if side_effect:
            self.__dict__['_mock_side_effect'] = None
        for child in self._mock_children.values():
            if isinstance(child, NonCallableMock):
                child.reset_mock(visited, return_value=return_value, side_effect=side_effect)
        ret = self._mock_return_value
        if isinstance(ret, NonCallableMock) and ret is not self:
            ret.reset_mock(visited)

    def configure_mock(self, /, **kwargs):
        """Sets attributes, dotted names reaching into child mocks: configure_mock(**{'a.b.return_value': 1})."""
        for arg, val in sorted(kwargs.items(), key=lambda entry: entry[0].count('.')):
            args = arg.split('.')
            final = args.pop()
            obj = self
            for entry in args:
                obj = getattr(obj, entry)
            setattr(obj, final, val)

    def __getattr__(self, name):
        if name in {'_mock_methods', '_mock_unsafe', '_spec_class', '_mock_children',
                    '_mock_delegate', '_spec_asyncs'}:
            raise AttributeError(name)
        if self._mock_methods is not None:
            if name not in self._mock_methods:
                raise AttributeError('Mock object has no attribute %r' % name)
        elif _is_magic(name):
            raise AttributeError(name)
        if not self._mock_unsafe and (not self._mock_methods or name not in self._mock_methods):
            if name.startswith(_ASSERT_PREFIXES) or name in ('called_once', 'called_with'):
                raise AttributeError(f'{name!r} is not a valid assertion. Use a spec for the mock '
                                     f'if {name!r} is meant to be an attribute.')
        children = self._mock_children
        result = children.get(name)
        if result is _deleted:
            raise AttributeError(name)
        if isinstance(result, _SpecState):
            result = children[name] = create_autospec(result.spec, result.spec_set, result.instance,
                                                      result.parent, result.name)
        elif result is None:
            wraps = None
            if self._mock_wraps is not None:
                wraps = getattr(self._mock_wraps, name)
            result = self._get_child_mock(parent=self, name=name, wraps=wraps, _new_name=name,
                                          _new_parent=self)
            children[name] = result
        return result

    def __setattr__(self, name, value):
        if name.startswith('_mock_') or name in ('_spec_class', '_spec_set', 'method_calls'):
            return object.__setattr__(self, name, value)
        if (self._spec_set and self._mock_methods is not None and name not in self._mock_methods
                and name not in self.__dict__ and name not in type(self).__dict__
                and not hasattr(type(self), name)):
            raise AttributeError("Mock object has no attribute '%s'" % name)
        if _is_magic(name):
            if not _is_supported_magic(name):
                raise AttributeError('Attempting to set unsupported magic method %r.' % name)
            if not isinstance(value, NonCallableMock):
                # A plain function set as a magic method receives the mock as self.
                original = value
                setattr(type(self), name, original)
                object.__setattr__(self, name, lambda *args, **kw: original(self, *args, **kw))
            else:
                _check_and_set_parent(self, value, None, name)
                setattr(type(self), name, value)
                self._mock_children[name] = value
            return None
        if isinstance(type(self).__dict__.get(name) or getattr(type(self), name, None), property):
            return object.__setattr__(self, name, value)
        if self._mock_sealed and not hasattr(self, name):
            mock_name = f'{self._extract_mock_name()}.{name}'
            raise AttributeError(f'Cannot set {mock_name}')
        if _check_and_set_parent(self, value, name, name):
            self._mock_children[name] = value
            return None
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if _is_magic(name) and name in type(self).__dict__:
            delattr(type(self), name)
            if name not in self.__dict__:
                return
        obj = self._mock_children.get(name, DEFAULT)
        if name in self.__dict__:
            object.__delattr__(self, name)
        elif obj is _deleted:
            raise AttributeError(name)
        if obj is not DEFAULT:
            del self._mock_children[name]
        self._mock_children[name] = _deleted

    def __dir__(self):
        extras = self._mock_methods or []
        from_type = dir(type(self))
        from_dict = list(self.__dict__)
        from_child_mocks = [m_name for m_name, m_value in self._mock_children.items()
                            if m_value is not _deleted]
        from_type = [e for e in from_type if not e.startswith('_')]
        from_dict = [e for e in from_dict if not e.startswith('_') or _is_magic(e)]
        return sorted(set(extras + from_type + from_dict + from_child_mocks))

    def _extract_mock_name(self):
        """The dotted path from the root mock: mock.a().b, or the root's name instead of mock."""
        names = [self._mock_new_name]
        parent = self._mock_new_parent
        last = self
        dot = '' if names == ['()'] else '.'
        while parent is not None:
            last = parent
            names.append(parent._mock_new_name + dot)
            dot = '' if parent._mock_new_name == '()' else '.'
            parent = parent._mock_new_parent
        names.reverse()
        first = last._mock_name or 'mock'
        if len(names) > 1 and names[1] not in ('()', '().'):
            first += '.'
        names[0] = first
        return ''.join(names)

    def __repr__(self):
        name = self._extract_mock_name()
        name_string = ''
        if name not in ('mock', 'mock.'):
            name_string = ' name=%r' % name
        spec_string = ''
        if self._spec_class is not None:
            spec_string = ' spec_set=%r' if self._spec_set else ' spec=%r'
            spec_string = spec_string % self._spec_class.__name__
        return "<%s%s%s id='%s'>" % (type(self).__name__, name_string, spec_string, id(self))

    def _get_child_mock(self, /, **kw):
        new_name = kw.get('_new_name')
        if new_name in self.__dict__['_spec_asyncs']:
            return AsyncMock(**kw)
        klass = type(self).__mro__[1]
        if issubclass(klass, MagicMock) and new_name in _async_method_magics:
            klass = AsyncMock
        elif issubclass(type(self), AsyncMockMixin):
            # An async mock's attributes are async too, except the sync magics and spec'd names.
            if (new_name in _all_sync_magics
                    or (self._mock_methods and new_name in self._mock_methods)):
                klass = MagicMock
            else:
                klass = AsyncMock
        elif issubclass(klass, NonCallableMagicMock) and not issubclass(klass, CallableMixin):
            klass = MagicMock
        elif issubclass(klass, NonCallableMock) and not issubclass(klass, CallableMixin):
            klass = Mock
        if self._mock_sealed:
            attribute = f".{kw['name']}" if 'name' in kw else '()'
            raise AttributeError(self._extract_mock_name() + attribute)
        return klass(**kw)

    # assertions

    def _mock_display_name(self):
        return self._mock_name or 'mock'

    def _calls_repr(self):
        if not self.mock_calls:
            return ''
        return f'\nCalls: {_safe_repr(self.mock_calls)}.'

    def _format_mock_call_signature(self, args, kwargs):
        return _format_call_signature(self._mock_display_name(), args, kwargs)

    def _format_mock_failure_message(self, args, kwargs, action='call'):
        message = 'expected %s not found.\nExpected: %s\n  Actual: %s'
        expected_string = self._format_mock_call_signature(args, kwargs)
        call_args = self.call_args
        actual_string = self._format_mock_call_signature(*call_args)
        return message % (action, expected_string, actual_string)

    def assert_not_called(self):
        if self.call_count != 0:
            raise AssertionError("Expected '%s' to not have been called. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))

    def assert_called(self):
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called." % self._mock_display_name())

    def assert_called_once(self):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to have been called once. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))

    def assert_called_with(self, /, *args, **kwargs):
        if self.call_args is None:
            expected = self._format_mock_call_signature(args, kwargs)
            raise AssertionError('expected call not found.\nExpected: %s\n  Actual: not called.'
                                 % expected)
        if _Call((args, kwargs), two=True) != self.call_args:
            raise AssertionError(self._format_mock_failure_message(args, kwargs))

    def assert_called_once_with(self, /, *args, **kwargs):
        if not self.call_count == 1:
            raise AssertionError("Expected '%s' to be called once. Called %s times.%s"
                                 % (self._mock_display_name(), self.call_count, self._calls_repr()))
        return self.assert_called_with(*args, **kwargs)

    def assert_has_calls(self, calls, any_order=False):
        expected = list(calls)
        all_calls = _CallList(self.mock_calls)
        if not any_order:
            if expected not in all_calls:
                raise AssertionError(f'Calls not found.\nExpected: {_CallList(calls)!r}\n'
                                     f'  Actual: {_safe_repr(self.mock_calls)}')
            return
        all_calls = list(all_calls)
        not_found = []
        for kall in expected:
            try:
                all_calls.remove(kall)
            except ValueError:
                not_found.append(kall)
        if not_found:
            raise AssertionError('%r does not contain all of %r in its call list, found %r instead'
                                 % (self._mock_name or 'mock', tuple(not_found), all_calls))

    def assert_any_call(self, /, *args, **kwargs):
        expected = _Call((args, kwargs), two=True)
        if expected not in list(self.call_args_list):
            raise AssertionError('%s call not found' % self._format_mock_call_signature(args, kwargs))


class _DeletedMarker:
    def __repr__(self):
        return '<deleted>'


_deleted = _DeletedMarker()


def _check_and_set_parent(parent, value, name, new_name):
    """Adopts a mock assigned as an attribute or return value, unless it already has a parent or name."""
    if not isinstance(value, NonCallableMock):
        return False
    if (value._mock_name or value._mock_new_name or value._mock_parent is not None
            or value._mock_new_parent is not None):
        return False
    ancestor = parent
    while ancestor is not None:
        if ancestor is value:
            return False
        ancestor = ancestor._mock_new_parent
    value.__dict__['_mock_new_parent'] = parent
    value.__dict__['_mock_new_name'] = new_name
    if name:
        value.__dict__['_mock_parent'] = parent
        value.__dict__['_mock_name'] = name
    return True


class CallableMixin:
    """Calling the mock records the call and returns side_effect's or return_value's result."""

    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT, wraps=None, name=None,
                 spec_set=None, parent=None, _spec_state=None, _new_name='', _new_parent=None,
                 **kwargs):
        self.__dict__['_mock_return_value'] = return_value
        super().__init__(spec, wraps, name, spec_set, parent, _spec_state, _new_name,
                         _new_parent, **kwargs)
        self.__dict__['_mock_return_value'] = return_value
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        self._mock_check_sig(*args, **kwargs)
        self._increment_mock_call(*args, **kwargs)
        return self._execute_mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        self.called = True
        self.call_count += 1
        this_call = _Call((args, kwargs), two=True)
        self.call_args = this_call
        self.call_args_list.append(this_call)
        # Record the call on every ancestor: method_calls by attribute path, mock_calls by the
        # full path including '()' for return values.
        do_method_calls = self._mock_parent is not None
        method_call_name = self._mock_name
        mock_call_name = self._mock_new_name
        is_a_call = mock_call_name == '()'
        self.mock_calls.append(_Call(('', args, kwargs)))
        new_parent = self._mock_new_parent
        while new_parent is not None:
            if do_method_calls:
                new_parent.method_calls.append(_Call((method_call_name, args, kwargs)))
                do_method_calls = new_parent._mock_parent is not None
                if do_method_calls:
                    method_call_name = new_parent._mock_name + '.' + method_call_name
            new_parent.mock_calls.append(_Call((mock_call_name, args, kwargs)))
            if new_parent._mock_new_name:
                dot = '' if is_a_call else '.'
                is_a_call = new_parent._mock_new_name == '()'
                mock_call_name = new_parent._mock_new_name + dot + mock_call_name
            new_parent = new_parent._mock_new_parent

    def _execute_mock_call(self, /, *args, **kwargs):
        effect = self.side_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                result = next(effect)
                if _is_exception(result):
                    raise result
            else:
                result = effect(*args, **kwargs)
            if result is not DEFAULT:
                return result
        if self._mock_return_value is not DEFAULT:
            return self.return_value
        if self._mock_wraps is not None:
            return self._mock_wraps(*args, **kwargs)
        return self.return_value


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: records calls, returns return_value (a child Mock unless set)."""


from ._mock_magic import (MagicMixin, _is_supported_magic, NonCallableMagicMock, MagicMock,
                          PropertyMock)
from ._mock_async import AsyncMockMixin, AsyncMock, _async_method_magics, _all_sync_magics
from ._mock_autospec import create_autospec, _SpecState, InvalidSpecError
from ._mock_patch import patch, _patch_stopall, seal
