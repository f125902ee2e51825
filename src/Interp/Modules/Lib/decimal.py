"""Decimal fixed and floating point arithmetic (the General Decimal Arithmetic Specification).

A finite Decimal is sign, integer coefficient and exponent: (-1)**sign * coefficient * 10**exponent,
with an arbitrary-precision coefficient. Special values keep their kind in the exponent slot:
'F' infinity, 'n' quiet NaN, 'N' signaling NaN (the coefficient is then the NaN's payload).
Every operation rounds its exact result once, to the precision of the context it runs in.
"""
import math as _math
import collections as _collections
from _decimal_context import *
from _decimal_context import _commit_float_flag
from _decimal_arith import (_ndigits, _rescale, _add, _mul, _div, _divint, _pow, _sqrt,
                            _compare_values, _nan_operands, _new, _invalid)
from _decimal_transcendental import exp as _exp, ln as _ln, log10 as _log10
import _decimal_arith
import _decimal_format

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

DecimalTuple = _collections.namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159
_HASH_10_INVERSE = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


def _parse(text, status):
    """A Decimal from a numeric string (whitespace around it and underscores ignored)."""
    s = text.strip().replace('_', '')
    low = s.lower()
    sign = 0
    if low[:1] in ('+', '-'):
        sign = 1 if low[0] == '-' else 0
        low = low[1:]
    if low in ('inf', 'infinity'):
        return _new(sign, 0, 'F')
    for prefix, kind in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = low[len(prefix):]
            if payload == '' or payload.isdecimal():
                return _new(sign, int(payload or '0'), kind)
            break
    mantissa, mark, exponent = low.partition('e')
    whole, dot, frac = mantissa.partition('.')
    ok = (whole or frac) and (whole == '' or _decimal_digits(whole)) and (frac == '' or _decimal_digits(frac))
    if mark:
        body = exponent[1:] if exponent[:1] in ('+', '-') else exponent
        ok = ok and _decimal_digits(body)
    if not ok:
        return _invalid(status, ConversionSyntax)
    exp = (int(exponent) if mark else 0) - len(frac)
    return _new(sign, int(whole + frac), exp)


def _decimal_digits(s):
    return s != '' and s.isdecimal()  # any Unicode decimal digits, as int() reads them


def _from_float(f):
    if _math.isnan(f):
        return _new(0, 0, 'n')
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if _math.isinf(f):
        return _new(sign, 0, 'F')
    num, den = abs(f).as_integer_ratio()
    k = den.bit_length() - 1
    # den is 2**k: num / 2**k == num * 5**k / 10**k exactly.
    return _new(sign, num * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if sign not in (0, 1) or not isinstance(sign, int):
        raise ValueError('sign must be an integer with the value 0 or 1')
    coef = 0
    for d in digits:
        if not isinstance(d, int) or not 0 <= d <= 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + d
    if exp in ('F', 'n', 'N'):
        return _new(sign, 0 if exp == 'F' else coef, exp)
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _new(sign, coef, exp)


def _operand(other, allow_float=False):
    """other as a Decimal for arithmetic (ints only), or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _new(1 if other < 0 else 0, abs(other), 0)
    if allow_float and isinstance(other, float):
        return _from_float(other)
    return NotImplemented


def _unsupported(symbol, left, right):
    """CPython names the C type 'decimal.Decimal' in the operand TypeError."""
    def name(o):
        return 'decimal.Decimal' if isinstance(o, Decimal) else type(o).__name__
    return TypeError(f"unsupported operand type(s) for {symbol}: '{name(left)}' and '{name(right)}'")


def _binary(symbol, op, reflected=False):
    def method(self, other, context=None):
        other_dec = _operand(other)
        if other_dec is NotImplemented:
            # Built-in operands cannot handle a Decimal either: fail here with CPython's message.
            if type(other).__module__ == 'builtins' and not isinstance(other, str if reflected else ()):
                raise _unsupported(symbol, other, self) if reflected else _unsupported(symbol, self, other)
            return NotImplemented
        ctx = context if context is not None else getcontext()
        status = []
        a, b = (other_dec, self) if reflected else (self, other_dec)
        result = op(a, b, ctx, status)
        ctx._commit(status)
        return result
    return method


class Decimal(object):
    """A decimal floating point number."""
    __slots__ = ('_sign', '_int', '_exp')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            d = value
        elif isinstance(value, str):
            ctx = context if context is not None else getcontext()
            status = []
            d = _parse(value, status)
            ctx._commit(status)
        elif isinstance(value, int):
            d = _new(1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, float):
            ctx = context if context is not None else getcontext()
            _commit_float_flag(ctx, ordering=False, constructor=True)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        elif isinstance(value, complex):
            raise TypeError('conversion from complex to Decimal is not supported')
        else:
            raise TypeError(f'conversion from {type(value).__name__} to Decimal is not supported')
        if cls is Decimal and type(d) is Decimal:
            return d
        self = object.__new__(cls)
        self._sign, self._int, self._exp = d._sign, d._int, d._exp
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        d = _from_float(f)
        return d if cls is Decimal else cls(d)

    # --- representation ---

    def __repr__(self):
        return f"Decimal('{self}')"

    def __str__(self):
        return _decimal_format.to_sci(self._sign, self._int, self._exp, getcontext().capitals)

    def to_eng_string(self, context=None):
        ctx = context if context is not None else getcontext()
        return _decimal_format.to_sci(self._sign, self._int, self._exp, ctx.capitals, eng=True)

    def __format__(self, spec, _localeconv=None):
        ctx = getcontext()
        return _decimal_format.format_decimal(self, spec, ctx)

    def as_tuple(self):
        if self._exp == 'F':
            digits = (0,)
        elif self.is_nan() and self._int == 0:
            digits = ()
        else:
            digits = tuple(int(c) for c in str(self._int))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer ratio')
        if isinstance(self._exp, str):
            raise ValueError('cannot convert NaN to integer ratio')
        sign = -1 if self._sign else 1
        if self._exp >= 0:
            return sign * self._int * 10 ** self._exp, 1
        num, den = self._int, 10 ** -self._exp
        g = _math.gcd(num, den)
        return sign * (num // g), den // g

    def adjusted(self):
        return 0 if isinstance(self._exp, str) else self._exp + _ndigits(self._int) - 1

    # --- predicates ---

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not isinstance(self._exp, str)

    def is_zero(self):
        return not isinstance(self._exp, str) and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def is_normal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self.is_finite() and self._int != 0 and self.adjusted() >= ctx.Emin

    def is_subnormal(self, context=None):
        ctx = context if context is not None else getcontext()
        return self.is_finite() and self._int != 0 and self.adjusted() < ctx.Emin

    def __bool__(self):
        return isinstance(self._exp, str) or self._int != 0

    # --- copies and simple transforms ---

    def canonical(self):
        return self

    def copy_abs(self):
        return _new(0, self._int, self._exp)

    def copy_negate(self):
        return _new(1 - self._sign, self._int, self._exp)

    def copy_sign(self, other, context=None):
        return _new(_operand_strict(other)._sign, self._int, self._exp)

    def conjugate(self):
        return self

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def radix(self):
        return Decimal(10)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (type(self), (str(self),))

    # --- arithmetic ---

    __add__ = _binary('+', _add)
    __radd__ = _binary('+', _add, reflected=True)
    __sub__ = _binary('-', lambda a, b, c, s: _add(a, b.copy_negate(), c, s, subtract=b))
    __rsub__ = _binary('-', lambda a, b, c, s: _add(a, b.copy_negate(), c, s, subtract=b), reflected=True)
    __mul__ = _binary('*', _mul)
    __rmul__ = _binary('*', _mul, reflected=True)
    __truediv__ = _binary('/', _div)
    __rtruediv__ = _binary('/', _div, reflected=True)
    __floordiv__ = _binary('//', lambda a, b, c, s: _divint(a, b, c, s)[0])
    __rfloordiv__ = _binary('//', lambda a, b, c, s: _divint(a, b, c, s)[0], reflected=True)
    __mod__ = _binary('%', lambda a, b, c, s: _divint(a, b, c, s, want='r')[1])
    __rmod__ = _binary('%', lambda a, b, c, s: _divint(a, b, c, s, want='r')[1], reflected=True)
    __divmod__ = _binary('divmod()', lambda a, b, c, s: _divint(a, b, c, s, want='qr'))
    __rdivmod__ = _binary('divmod()', lambda a, b, c, s: _divint(a, b, c, s, want='qr'), reflected=True)

    def __pow__(self, other, modulo=None, context=None):
        other_dec = _operand(other)
        if other_dec is NotImplemented:
            if type(other).__module__ == 'builtins':
                raise _unsupported('** or pow()', self, other)
            return NotImplemented
        ctx = context if context is not None else getcontext()
        status = []
        if modulo is not None:
            result = _decimal_arith._powmod(self, other_dec, _operand_strict(modulo), ctx, status)
        else:
            result = _pow(self, other_dec, ctx, status)
        ctx._commit(status)
        return result

    def __rpow__(self, other, modulo=None, context=None):
        other_dec = _operand(other)
        if other_dec is NotImplemented:
            return NotImplemented
        return other_dec.__pow__(self, modulo, context)

    def _unary(self, op, context):
        ctx = context if context is not None else getcontext()
        status = []
        result = op(ctx, status)
        ctx._commit(status)
        return result

    def __neg__(self, context=None):
        return self._unary(lambda c, s: _decimal_arith._plus(self.copy_negate(), c, s), context)

    def __pos__(self, context=None):
        return self._unary(lambda c, s: _decimal_arith._plus(self, c, s), context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        return self._unary(lambda c, s: _decimal_arith._plus(self.copy_abs(), c, s), context)

    def sqrt(self, context=None):
        return self._unary(lambda c, s: _sqrt(self, c, s), context)

    def exp(self, context=None):
        return self._unary(lambda c, s: _exp(self, c, s), context)

    def ln(self, context=None):
        return self._unary(lambda c, s: _ln(self, c, s), context)

    def log10(self, context=None):
        return self._unary(lambda c, s: _log10(self, c, s), context)

    def fma(self, other, third, context=None):
        other, third = _operand_strict(other), _operand_strict(third)

        def run(c, s):
            # The product is exact (an unbounded context), only the sum is rounded.
            exact = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[])
            product = _mul(self, other, exact, s)
            return _add(product, third, c, s)
        return self._unary(run, context)

    def normalize(self, context=None):
        return self._unary(lambda c, s: _decimal_arith._normalize(self, c, s), context)

    def quantize(self, exp, rounding=None, context=None):
        exp = _operand_strict(exp)
        return self._unary(lambda c, s: _decimal_arith._quantize(self, exp, rounding or c.rounding, c, s),
                           context)

    def same_quantum(self, other, context=None):
        other = _operand_strict(other)
        if isinstance(self._exp, str) or isinstance(other._exp, str):
            return (self.is_nan() and other.is_nan()) or (self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        other = _operand_strict(other)
        return self._unary(lambda c, s: _decimal_arith._scaleb(self, other, c, s), context)

    def to_integral_value(self, rounding=None, context=None):
        return self._unary(lambda c, s: _decimal_arith._to_integral(self, rounding or c.rounding, c, s, False),
                           context)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self._unary(lambda c, s: _decimal_arith._to_integral(self, rounding or c.rounding, c, s, True),
                           context)

    def logb(self, context=None):
        def run(c, s):
            nan = _nan_operands(self, None, c, s)
            if nan is not None:
                return nan
            if self._exp == 'F':
                return _new(0, 0, 'F')
            if self._int == 0:
                s.append(DivisionByZero)
                return _new(1, 0, 'F')
            return _decimal_arith._plus(Decimal(self.adjusted()), c, s)
        return self._unary(run, context)

    # --- comparisons ---

    def compare(self, other, context=None):
        other = _operand_strict(other)

        def run(c, s):
            nan = _nan_operands(self, other, c, s)
            if nan is not None:
                return nan
            return Decimal(_compare_values(self, other))
        return self._unary(run, context)

    def _minmax(self, other, context, pick_max, magnitude=False):
        other = _operand_strict(other)

        def run(c, s):
            # A quiet NaN loses against a number.
            if self._exp == 'n' and other.is_finite() or self._exp == 'n' and other._exp == 'F':
                return _decimal_arith._plus(other, c, s)
            if other._exp == 'n' and not self.is_nan():
                return _decimal_arith._plus(self, c, s)
            nan = _nan_operands(self, other, c, s)
            if nan is not None:
                return nan
            a, b = (self.copy_abs(), other.copy_abs()) if magnitude else (self, other)
            order = _compare_values(a, b)
            if order == 0:
                order = _compare_values(self, other)
            if order == 0:
                # Equal values: max prefers the positive sign, then the larger exponent.
                if self._sign != other._sign:
                    order = 1 if other._sign else -1
                else:
                    order = (1 if self._exp > other._exp else -1) * (-1 if self._sign else 1)
            chosen = self if (order >= 0) == pick_max else other
            return _decimal_arith._plus(chosen, c, s)
        return self._unary(run, context)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, magnitude=True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, magnitude=True)

    def _compare_with(self, other, ordering):
        """(self's value relative to other: -1/0/1, or None when unordered), or NotImplemented."""
        if isinstance(other, float):
            _commit_float_flag(getcontext(), ordering=ordering)
            other = _from_float(other)
        elif not isinstance(other, (Decimal, int)) and hasattr(other, 'numerator') \
                and hasattr(other, 'denominator') and not isinstance(other, complex):
            return self._compare_rational(other, ordering)
        else:
            other = _operand(other)
            if other is NotImplemented:
                return other
        if self.is_nan() or other.is_nan():
            if ordering or self._exp == 'N' or other._exp == 'N':
                getcontext()._commit([InvalidOperation])
            return None
        return _compare_values(self, other)

    def _compare_rational(self, other, ordering):
        if self.is_nan():
            if ordering or self._exp == 'N':
                getcontext()._commit([InvalidOperation])
            return None
        if self._exp == 'F':
            return -1 if self._sign else 1
        num, den = self.as_integer_ratio()
        left, right = num * other.denominator, other.numerator * den
        return (left > right) - (left < right)

    def __eq__(self, other):
        order = self._compare_with(other, False)
        return order if order is NotImplemented else order == 0

    def __ne__(self, other):
        order = self._compare_with(other, False)
        return order if order is NotImplemented else order != 0

    def __lt__(self, other):
        order = self._compare_with(other, True)
        return order if order is NotImplemented else order is not None and order < 0

    def __le__(self, other):
        order = self._compare_with(other, True)
        return order if order is NotImplemented else order is not None and order <= 0

    def __gt__(self, other):
        order = self._compare_with(other, True)
        return order if order is NotImplemented else order is not None and order > 0

    def __ge__(self, other):
        order = self._compare_with(other, True)
        return order if order is NotImplemented else order is not None and order >= 0

    def __hash__(self):
        if self._exp == 'N':
            raise TypeError('Cannot hash a signaling NaN value')
        if self._exp == 'n':
            return object.__hash__(self)
        if self._exp == 'F':
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10_INVERSE, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        h = -h if self._sign else h
        return -2 if h == -1 else h

    # --- conversions ---

    def __int__(self):
        if self.is_nan():
            raise ValueError('cannot convert NaN to integer')
        if self._exp == 'F':
            raise OverflowError('cannot convert Infinity to integer')
        value = self._int * 10 ** self._exp if self._exp >= 0 else self._int // 10 ** -self._exp
        return -value if self._sign else value

    __trunc__ = __int__

    def __float__(self):
        if self._exp == 'N':
            raise ValueError('cannot convert signaling NaN to float')
        if self._exp == 'n':
            return float('-nan' if self._sign else 'nan')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self.is_nan():
            raise ValueError('cannot round a NaN')
        if self._exp == 'F':
            raise OverflowError('cannot round an infinity')
        return int(_rescale(self, 0, rounding, [])[0])

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_new(0, 1, -n))


def _operand_strict(other):
    d = _operand(other)
    if d is NotImplemented:
        raise TypeError(f'conversion from {type(other).__name__} to Decimal is not supported')
    return d


_decimal_arith._install(Decimal)
import _decimal_context_methods
_decimal_context_methods._install(Context, Decimal, _operand_strict)
del _decimal_context_methods
import _decimal_extra
_decimal_extra._install(Decimal, _operand_strict, getcontext)
del _decimal_extra
