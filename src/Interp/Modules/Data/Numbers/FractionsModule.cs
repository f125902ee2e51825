using GilGrid.Interp.Objects;
using GilGrid.Interp.Runtime;

namespace GilGrid.Interp.Modules.Data.Numbers;

/// <summary>`fractions.Fraction`, written in Python (exact rational arithmetic on Python ints).</summary>
internal static class FractionsModule
{
    public static readonly NativeModuleDef Def = new("fractions", (interp, m) => ModuleKit.RunPython(interp, m, Source));

    private const string Source = """
        _HASH_MODULUS = 2305843009213693951
        _HASH_INF = 314159


        def _gcd(a, b):
            a, b = abs(a), abs(b)
            while b:
                a, b = b, a % b
            return a


        def _parse(s):
            s = s.strip()
            if not s:
                raise ValueError
            if '/' in s:
                i = s.index('/')
                num, den = s[:i].strip(), s[i + 1:].strip()
                if not den or not den.replace('_', '').isdigit() or not num or '.' in num or 'e' in num.lower():
                    raise ValueError
                n = int(num)
                d = int(den)
                return n, d
            sign = 1
            if s[0] in '+-':
                if s[0] == '-':
                    sign = -1
                s = s[1:]
            exp = 0
            low = s.lower()
            if 'e' in low:
                i = low.index('e')
                s, e = s[:i], s[i + 1:]
                exp = int(e)
            if '.' in s:
                i = s.index('.')
                whole, frac = s[:i], s[i + 1:]
            else:
                whole, frac = s, ''
            if not (whole or frac) or (whole and not whole.replace('_', '').isdigit()) or (frac and not frac.replace('_', '').isdigit()):
                raise ValueError
            n = int(whole or '0') * 10 ** len(frac.replace('_', '')) + int(frac or '0')
            d = 10 ** len(frac.replace('_', ''))
            if exp >= 0:
                n *= 10 ** exp
            else:
                d *= 10 ** -exp
            return sign * n, d


        class Fraction:
            __module__ = 'fractions'
            __slots__ = ('_numerator', '_denominator')

            def __new__(cls, numerator=0, denominator=None):
                self = object.__new__(cls)
                if denominator is None:
                    if type(numerator) is int or isinstance(numerator, int):
                        self._numerator = int(numerator)
                        self._denominator = 1
                        return self
                    if isinstance(numerator, Fraction):
                        self._numerator = numerator._numerator
                        self._denominator = numerator._denominator
                        return self
                    if isinstance(numerator, float):
                        n, d = numerator.as_integer_ratio()
                    elif isinstance(numerator, str):
                        try:
                            n, d = _parse(numerator)
                        except ValueError:
                            raise ValueError(f'Invalid literal for Fraction: {numerator!r}') from None
                        if d == 0:
                            raise ZeroDivisionError(f'Fraction({n}, 0)')
                    elif hasattr(numerator, 'as_integer_ratio'):
                        n, d = numerator.as_integer_ratio()
                    else:
                        raise TypeError('argument should be a string or a Rational instance')
                    numerator, denominator = n, d
                elif isinstance(numerator, int) and isinstance(denominator, int):
                    pass
                elif isinstance(numerator, (int, Fraction)) and isinstance(denominator, (int, Fraction)):
                    q = Fraction(numerator) / Fraction(denominator)
                    numerator, denominator = q._numerator, q._denominator
                else:
                    raise TypeError('both arguments should be Rational instances')
                if denominator == 0:
                    raise ZeroDivisionError(f'Fraction({numerator}, 0)')
                g = _gcd(numerator, denominator)
                if denominator < 0:
                    g = -g
                self._numerator = int(numerator) // g
                self._denominator = int(denominator) // g
                return self

            @classmethod
            def _raw(cls, n, d):
                self = object.__new__(cls)
                self._numerator = n
                self._denominator = d
                return self

            @classmethod
            def from_float(cls, f):
                if isinstance(f, int):
                    return cls(f)
                if not isinstance(f, float):
                    raise TypeError(f'{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})')
                return cls(*f.as_integer_ratio())

            numerator = property(lambda self: self._numerator)
            denominator = property(lambda self: self._denominator)

            def as_integer_ratio(self):
                return self._numerator, self._denominator

            def is_integer(self):
                return self._denominator == 1

            def limit_denominator(self, max_denominator=1000000):
                if max_denominator < 1:
                    raise ValueError('max_denominator should be at least 1')
                if self._denominator <= max_denominator:
                    return Fraction(self)
                p0, q0, p1, q1 = 0, 1, 1, 0
                n, d = self._numerator, self._denominator
                while True:
                    a = n // d
                    q2 = q0 + a * q1
                    if q2 > max_denominator:
                        break
                    p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
                    n, d = d, n - a * d
                k = (max_denominator - q0) // q1
                if 2 * d * (q0 + k * q1) <= self._denominator:
                    return Fraction._raw(p1, q1)
                return Fraction._raw(p0 + k * p1, q0 + k * q1)

            def __repr__(self):
                return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

            def __str__(self):
                if self._denominator == 1:
                    return str(self._numerator)
                return '%s/%s' % (self._numerator, self._denominator)

            def _coerce(self, other):
                if isinstance(other, Fraction):
                    return other
                if isinstance(other, int):
                    return Fraction._raw(int(other), 1)
                return None

            def _op(self, other, fop, reflected=False):
                o = self._coerce(other)
                if o is not None:
                    return fop(o, self) if reflected else fop(self, o)
                if isinstance(other, float):
                    return fop(other, float(self)) if reflected else fop(float(self), other)
                if isinstance(other, complex):
                    return fop(other, complex(float(self))) if reflected else fop(complex(float(self)), other)
                return NotImplemented

            def __add__(a, b):
                return a._op(b, _add)

            def __radd__(a, b):
                return a._op(b, _add, True)

            def __sub__(a, b):
                return a._op(b, _sub)

            def __rsub__(a, b):
                return a._op(b, _sub, True)

            def __mul__(a, b):
                return a._op(b, _mul)

            def __rmul__(a, b):
                return a._op(b, _mul, True)

            def __truediv__(a, b):
                return a._op(b, _div)

            def __rtruediv__(a, b):
                return a._op(b, _div, True)

            def __floordiv__(a, b):
                return a._op(b, _floordiv)

            def __rfloordiv__(a, b):
                return a._op(b, _floordiv, True)

            def __mod__(a, b):
                return a._op(b, _mod)

            def __rmod__(a, b):
                return a._op(b, _mod, True)

            def __divmod__(a, b):
                return a._op(b, lambda x, y: (x // y, x % y))

            def __rdivmod__(a, b):
                return a._op(b, lambda x, y: (x // y, x % y), True)

            def __pow__(a, b):
                if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
                    power = int(b) if isinstance(b, int) else b._numerator
                    if power >= 0:
                        return Fraction._raw(a._numerator ** power, a._denominator ** power)
                    if a._numerator == 0:
                        raise ZeroDivisionError(f'Fraction({a._denominator ** -power}, 0)')
                    n, d = a._denominator ** -power, a._numerator ** -power
                    if d < 0:
                        n, d = -n, -d
                    return Fraction._raw(n, d)
                if isinstance(b, (float, Fraction)):
                    return float(a) ** float(b)
                return NotImplemented

            def __rpow__(b, a):
                if b._denominator == 1 and b._numerator >= 0:
                    return a ** b._numerator
                if isinstance(a, int):
                    return Fraction(a) ** b
                return a ** float(b)

            def __pos__(a):
                return Fraction._raw(a._numerator, a._denominator)

            def __neg__(a):
                return Fraction._raw(-a._numerator, a._denominator)

            def __abs__(a):
                return Fraction._raw(abs(a._numerator), a._denominator)

            def __int__(a):
                if a._numerator < 0:
                    return -(-a._numerator // a._denominator)
                return a._numerator // a._denominator

            __trunc__ = __int__

            def __floor__(a):
                return a._numerator // a._denominator

            def __ceil__(a):
                return -(-a._numerator // a._denominator)

            def __round__(self, ndigits=None):
                if ndigits is None:
                    floor, remainder = divmod(self._numerator, self._denominator)
                    if remainder * 2 < self._denominator:
                        return floor
                    if remainder * 2 > self._denominator:
                        return floor + 1
                    return floor if floor % 2 == 0 else floor + 1
                shift = 10 ** abs(ndigits)
                if ndigits > 0:
                    return Fraction(round(self * shift), shift)
                return Fraction(round(self / shift) * shift)

            def __float__(a):
                return a._numerator / a._denominator

            def __bool__(a):
                return a._numerator != 0

            def __hash__(self):
                d = self._denominator
                inv = pow(d, _HASH_MODULUS - 2, _HASH_MODULUS)
                h = _HASH_INF if inv == 0 else (abs(self._numerator) % _HASH_MODULUS) * inv % _HASH_MODULUS
                result = h if self._numerator >= 0 else -h
                return -2 if result == -1 else result

            def __eq__(a, b):
                if isinstance(b, Fraction) or isinstance(b, int):
                    b = a._coerce(b)
                    return a._numerator == b._numerator and a._denominator == b._denominator
                if isinstance(b, float):
                    if b != b or b in (float('inf'), float('-inf')):
                        return False
                    return a == Fraction(b)
                return NotImplemented

            def _richcmp(self, other, op):
                o = self._coerce(other)
                if o is not None:
                    return op(self._numerator * o._denominator, o._numerator * self._denominator)
                if isinstance(other, float):
                    if other != other or other in (float('inf'), float('-inf')):
                        return op(0.0, other)
                    return self._richcmp(Fraction(other), op)
                return NotImplemented

            def __lt__(a, b):
                return a._richcmp(b, lambda x, y: x < y)

            def __gt__(a, b):
                return a._richcmp(b, lambda x, y: x > y)

            def __le__(a, b):
                return a._richcmp(b, lambda x, y: x <= y)

            def __ge__(a, b):
                return a._richcmp(b, lambda x, y: x >= y)

            def __reduce__(self):
                return (self.__class__, (self._numerator, self._denominator))

            def __copy__(self):
                return self

            def __deepcopy__(self, memo):
                return self


        def _add(a, b):
            if isinstance(a, Fraction):
                return Fraction(a._numerator * b._denominator + b._numerator * a._denominator, a._denominator * b._denominator)
            return a + b


        def _sub(a, b):
            if isinstance(a, Fraction):
                return Fraction(a._numerator * b._denominator - b._numerator * a._denominator, a._denominator * b._denominator)
            return a - b


        def _mul(a, b):
            if isinstance(a, Fraction):
                return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)
            return a * b


        def _div(a, b):
            if isinstance(a, Fraction):
                if b._numerator == 0:
                    raise ZeroDivisionError(f'Fraction({a._numerator * b._denominator}, 0)')
                return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)
            return a / b


        def _floordiv(a, b):
            if isinstance(a, Fraction):
                return (a._numerator * b._denominator) // (a._denominator * b._numerator)
            return a // b


        def _mod(a, b):
            if isinstance(a, Fraction):
                da, db = a._denominator, b._denominator
                return Fraction((a._numerator * db) % (b._numerator * da), da * db)
            return a % b
        """;
}
