"""decimal's signals, Context and the per-thread current context.

A context gathers the status of one operation (a list of conditions) and commits it at the end:
flags are set for every condition, and when any of them is trapped the exception raised is the
first trapped signal in CPython's order, with the list of trapped conditions as its argument
(``decimal.DivisionByZero: [<class 'decimal.DivisionByZero'>]``), as the C implementation does.
"""
import _thread

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The order of a SignalDict and the order in which a trapped signal is chosen to be raised.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
# The order of Context.__repr__'s lists and of a raised exception's list of conditions.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


def _signal_of(condition):
    return _CONDITION_SIGNAL.get(condition, condition)


class _SignalDict(dict):
    """Context.flags and Context.traps: a dict over exactly the nine signals."""

    def __init__(self, chosen=()):
        super().__init__((s, s in chosen) for s in _SIGNALS)

    def __setitem__(self, key, value):
        if key not in self:
            raise KeyError(key)
        super().__setitem__(key, bool(value))

    def __repr__(self):
        return '{' + ', '.join(f'{k!r}:{v!r}' for k, v in self.items()) + '}'

    def copy(self):
        return _SignalDict([s for s, on in self.items() if on])


def _signal_set(value, what):
    if value is None:
        return None
    if isinstance(value, dict):
        return [s for s, on in value.items() if on]
    chosen = list(value)
    for s in chosen:
        if s not in _SIGNALS:
            raise KeyError(f'{what} must be a list of signals')
    return chosen


class Context(object):
    """Precision, rounding, exponent limits, flags and traps of decimal arithmetic."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        base = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (base.prec if base else 28)
        self.rounding = rounding if rounding is not None else (base.rounding if base else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (base.Emin if base else -999999)
        self.Emax = Emax if Emax is not None else (base.Emax if base else 999999)
        self.capitals = capitals if capitals is not None else (base.capitals if base else 1)
        self.clamp = clamp if clamp is not None else (base.clamp if base else 0)
        flags = _signal_set(flags, 'flags')
        traps = _signal_set(traps, 'traps')
        if traps is None:
            traps = [s for s, on in base.traps.items() if on] if base else \
                [InvalidOperation, DivisionByZero, Overflow]
        object.__setattr__(self, 'flags', _SignalDict(flags or ()))
        object.__setattr__(self, 'traps', _SignalDict(traps))

    def __setattr__(self, name, value):
        if name == 'prec':
            _check_int(name, value, 1, MAX_PREC)
        elif name == 'Emin':
            _check_int(name, value, MIN_EMIN, 0)
        elif name == 'Emax':
            _check_int(name, value, 0, MAX_EMAX)
        elif name in ('capitals', 'clamp'):
            _check_int(name, value, 0, 1)
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError('valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, '
                                'ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]')
        elif name in ('flags', 'traps'):
            value = _SignalDict(_signal_set(value, name))
        else:
            raise AttributeError(f"'decimal.Context' object has no attribute '{name}'")
        object.__setattr__(self, name, value)

    def __repr__(self):
        def names(d):
            return '[' + ', '.join(s.__name__ for s in _REPR_ORDER if d[s]) + ']'
        return (f'Context(prec={self.prec}, rounding={self.rounding}, Emin={self.Emin}, '
                f'Emax={self.Emax}, capitals={self.capitals}, clamp={self.clamp}, '
                f'flags={names(self.flags)}, traps={names(self.traps)})')

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags, self.traps)

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _commit(self, status):
        """Records the conditions of one operation; raises when one of them is trapped."""
        if not status:
            return
        trapped = []
        for cond in status:
            sig = _signal_of(cond)
            self.flags[sig] = True
            if self.traps[sig] and cond not in trapped:
                trapped.append(cond)
        if trapped:
            trapped.sort(key=lambda c: _REPR_ORDER.index(_signal_of(c)))
            raised = next(s for s in _SIGNALS if any(_signal_of(c) is s for c in trapped))
            raise raised(trapped)


def _commit_float_flag(context, ordering, constructor=False):
    """A float met a Decimal: the flag is always set, the trap only fires for the constructor and
    for ordering comparisons (equality never raises)."""
    context.flags[FloatOperation] = True
    if (ordering or constructor) and context.traps[FloatOperation]:
        raise FloatOperation([FloatOperation])


def _check_int(name, value, low, high):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    if not low <= value <= high:
        if name == 'prec':
            raise ValueError(f'valid range for prec is [1, MAX_PREC]')
        if name in ('capitals', 'clamp'):
            raise ValueError(f'valid values for {name} are 0 or 1')
        raise ValueError(f'valid range for {name} is [{"MIN_EMIN, 0" if name == "Emin" else "0, MAX_EMAX"}]')


# They are decimal's public classes: their reprs name that module.
for _cls in _SIGNALS + (DecimalException, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                        InvalidContext, Context):
    _cls.__module__ = 'decimal'
del _cls

DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                              Clamped, Underflow])
ExtendedContext = Context(prec=9, traps=[])

# One current context per thread, created from DefaultContext on first use.
_contexts = {}


def getcontext():
    me = _thread.get_ident()
    ctx = _contexts.get(me)
    if ctx is None:
        ctx = _contexts[me] = DefaultContext.copy()
        ctx.clear_flags()
    return ctx


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _contexts[_thread.get_ident()] = context


class _ContextManager(object):
    def __init__(self, context):
        self._new = context

    def __enter__(self):
        self._saved = getcontext()
        setcontext(self._new)
        return self._new

    def __exit__(self, *exc):
        setcontext(self._saved)


def localcontext(ctx=None, **kwargs):
    ctx = (ctx if ctx is not None else getcontext()).copy()
    for name, value in kwargs.items():
        if name not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"this function got an unexpected keyword argument '{name}'")
        setattr(ctx, name, value)
    return _ContextManager(ctx)
