"""copyreg: the registry of reduction functions (how pickle and copy take apart objects of a type),
the helpers that object.__reduce_ex__ refers to, and pickle's extension codes."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

# type -> function(obj) returning a reduce value (callable, args[, state...]).
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError('reduction functions must be callable')
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError('constructors must be callable')


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


try:
    pickle(type(int | str), pickle_union)
except TypeError:
    pass


def _reconstructor(cls, base, state):
    """Rebuilds an object that protocols 0 and 1 took apart with _reduce_ex."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


_HEAPTYPE = 1 << 9


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            break
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f'cannot pickle {cls.__name__!r} object')
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(type(self), '__getstate__', None)
    if getstate is None or getstate is getattr(object, '__getstate__', None):
        if getattr(self, '__slots__', None):
            raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled')
        state = getattr(self, '__dict__', None)
    else:
        state = getstate(self)
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


_new_type = type(int.__new__)


def __newobj__(cls, *args):
    """What protocol 2's NEWOBJ does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """NEWOBJ_EX: cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots (with private names mangled), from its whole MRO, cached on cls."""
    names = cls.__dict__.get('__slotnames__')
    if names is not None:
        return names
    names = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            if '__slots__' not in klass.__dict__:
                continue
            slots = klass.__dict__['__slots__']
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ('__dict__', '__weakref__'):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    stripped = klass.__name__.lstrip('_')
                    names.append(f'_{stripped}{name}' if stripped else name)
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# Extension codes: small integers that pickle writes instead of (module, name) for registered classes.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError('code out of range')
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError(f'key {key} is already registered with code {_extension_registry[key]}')
    if code in _inverted_registry:
        raise ValueError(f'code {code} is already in use for key {_inverted_registry[code]}')
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f'key {key} is not registered with code {code}')
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
