"""Context variables: ContextVar, Token, Context, copy_context (one current context per thread)."""

from threading import get_ident

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

_MISSING = object()
_current_by_thread = {}


def _current():
    ctx = _current_by_thread.get(get_ident())
    if ctx is None:
        ctx = _current_by_thread[get_ident()] = Context()
    return ctx


class Context:
    """An immutable-looking mapping of ContextVar to value; run() makes it the current context."""
    __module__ = '_contextvars'

    def __init__(self):
        # Replaced, never mutated, on each set: copies can share it.
        self._data = {}
        self._entered = False
        self._prev = None

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError(f'cannot enter context: {self} is already entered')
        ident = get_ident()
        self._prev = _current_by_thread.get(ident)
        self._entered = True
        _current_by_thread[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current_by_thread[ident] = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        new = Context()
        new._data = self._data
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError(f"a ContextVar key was expected, got {var!r}")
        return self._data.get(var, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


def copy_context():
    """A copy of the current context."""
    return _current().copy()


class Token:
    """What ContextVar.set returns: reset(token) restores the variable's previous value."""
    __module__ = '_contextvars'

    MISSING = None  # replaced below by the marker whose repr is <Token.MISSING>

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return f'<Token{used} var={self._var!r} at 0x{id(self):x}>'

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


Token.MISSING = _TokenMissing()


class ContextVar:
    """A variable whose value depends on the current context."""
    __module__ = '_contextvars'

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError(f'get expected at most 1 argument, got {len(args)}')
        data = _current()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current()
        old_value = ctx._data.get(self, Token.MISSING)
        ctx._data = {**ctx._data, self: value}
        return Token(ctx, self, old_value)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError(f'expected an instance of Token, got {type(token).__name__!r}')
        if token._used:
            raise RuntimeError(f'{token!r} has already been used once')
        if token._var is not self:
            raise ValueError(f'{token!r} was created by a different ContextVar')
        ctx = _current()
        if token._context is not ctx:
            raise ValueError(f'{token!r} was created in a different Context')
        data = dict(ctx._data)
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __repr__(self):
        default = '' if self._default is _MISSING else f' default={self._default!r}'
        return f'<ContextVar name={self._name!r}{default} at 0x{id(self):x}>'

    __hash__ = object.__hash__

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
