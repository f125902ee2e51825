"""Mathematical functions for complex numbers.

The formulas are the numerically careful ones CPython's cmath uses (Kahan's square root, asinh
and acosh from two square roots, log1p near the unit circle, rescaling where the intermediate
values would overflow), so the results and branch cuts agree. Infinite and NaN inputs follow the
C99 Annex G special values; where those are "invalid", ValueError('math domain error') is raised.
"""
import math as _m
from _fixed_log import ln_fixed as _ln_fixed

pi = _m.pi
e = _m.e
tau = _m.tau
inf = _m.inf
nan = _m.nan
infj = complex(0.0, inf)
nanj = complex(0.0, nan)

_DBL_MAX = 1.7976931348623157e+308
_DBL_MIN = 2.2250738585072014e-308  # the smallest normal double
_LARGE = _DBL_MAX / 4
_SQRT_LARGE = _m.sqrt(_LARGE)
_LOG_LARGE = _m.log(_LARGE)
_SQRT_MIN = _m.sqrt(_DBL_MIN)
_LN2 = 0.6931471805599453
_LN10 = 2.302585092994046


def _hypot(a, b):
    """sqrt(a*a + b*b) within half an ulp (Borges' fma correction), as the C library's hypot."""
    a, b = abs(a), abs(b)
    if _m.isinf(a) or _m.isinf(b):
        return inf
    if _m.isnan(a) or _m.isnan(b):
        return nan
    if a < b:
        a, b = b, a
    if b == 0:
        return a
    exponent = _m.frexp(a)[1]  # scaling by a power of two is exact and keeps the squares in range
    a, b = _m.ldexp(a, -exponent), _m.ldexp(b, -exponent)
    h = _m.sqrt(_m.fma(a, a, b * b))
    h_sq, a_sq = h * h, a * a
    error = _m.fma(-b, b, h_sq - a_sq) + _m.fma(h, h, -h_sq) - _m.fma(a, a, -a_sq)
    return _m.ldexp(h - error / (2 * h), exponent)


def _log1p(x):
    """log(1 + x) correctly rounded: computed exactly enough in fixed point, rounded once."""
    if not _m.isfinite(x) or x <= -1.0 or abs(x) < 2.0 ** -54:
        return _m.log1p(x)
    num, den = x.as_integer_ratio()
    digits = 25
    while True:
        v = _ln_fixed((den + num) * 10 ** digits // den, digits)
        if len(str(abs(v))) >= 22:  # 22 significant digits decide the double's rounding
            return v / 10 ** digits
        digits += 22 - len(str(abs(v)))


def _domain():
    return ValueError('math domain error')


def _range():
    return OverflowError('math range error')


def _complex(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (str, bytes)) or not (hasattr(type(z), '__complex__') or hasattr(type(z), '__float__')
                                           or hasattr(type(z), '__index__')):
        raise TypeError(f'must be real number, not {type(z).__name__}')
    return complex(z)


def _finite(z):
    return _m.isfinite(z.real) and _m.isfinite(z.imag)


def phase(z):
    z = _complex(z)
    return _m.atan2(z.imag, z.real)


def polar(z):
    z = _complex(z)
    r = _hypot(z.real, z.imag)
    if _m.isinf(r) and _finite(z):
        raise _range()
    return r, _m.atan2(z.imag, z.real)


def rect(r, phi):
    r, phi = float(r), float(phi)
    if _m.isfinite(r) and _m.isinf(phi):
        if r == 0:
            return complex(0.0, 0.0)
        raise _domain()
    if _m.isinf(r) and _m.isfinite(phi) and phi != 0:
        return complex(r * _m.cos(phi), r * _m.sin(phi))
    if _m.isinf(r) and phi == 0:
        return complex(r, phi if r > 0 else -phi)
    if _m.isinf(r) and _m.isnan(phi):
        return complex(inf, nan)
    if _m.isnan(r) and phi == 0:
        return complex(r, phi)
    if r == 0 and _m.isnan(phi):
        return complex(0.0, 0.0)
    if _m.isinf(r) and _m.isinf(phi):
        raise _domain()
    if _m.isnan(r) or not _m.isfinite(phi):
        return complex(nan, nan)
    return complex(r * _m.cos(phi), r * _m.sin(phi))


def isfinite(z):
    z = _complex(z)
    return _finite(z)


def isnan(z):
    z = _complex(z)
    return _m.isnan(z.real) or _m.isnan(z.imag)


def isinf(z):
    z = _complex(z)
    return _m.isinf(z.real) or _m.isinf(z.imag)


def isclose(*args, rel_tol=1e-09, abs_tol=0.0):
    if len(args) != 2:
        raise TypeError(f'isclose() takes exactly 2 positional arguments ({len(args)} given)')
    a, b = _complex(args[0]), _complex(args[1])
    rel_tol, abs_tol = float(rel_tol), float(abs_tol)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError('tolerances must be non-negative')
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return diff <= rel_tol * abs(b) or diff <= rel_tol * abs(a) or diff <= abs_tol


def _sqrt(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(y):
            return complex(inf, y)
        if _m.isnan(x):
            return complex(nan, nan)
        if _m.isinf(x):
            if x > 0:
                return complex(x, nan if _m.isnan(y) else _m.copysign(0.0, y))
            return complex(nan if _m.isnan(y) else 0.0, inf if _m.isnan(y) else _m.copysign(inf, y))
        return complex(nan, nan)
    if x == 0 and y == 0:
        return complex(0.0, y)
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        # Subnormal inputs: scale up to keep the bits, scale the result back.
        ax, ay = _m.ldexp(ax, 53), _m.ldexp(ay, 53)
        s = _m.ldexp(_m.sqrt(ax + _hypot(ax, ay)), -27)
    else:
        ax /= 8.0
        s = 2.0 * _m.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0:
        return complex(s, _m.copysign(d, y))
    return complex(d, _m.copysign(s, y))


def sqrt(z):
    return _sqrt(_complex(z))


def exp(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0:
            r = 0.0 if x < 0 else inf
            return complex(r * _m.cos(y), r * _m.sin(y))
        if _m.isinf(x) and y == 0:
            return complex(0.0 if x < 0 else inf, y)
        if x == -inf:
            return complex(0.0, 0.0)
        if x == inf and _m.isinf(y):
            raise _domain()
        if x == inf:
            return complex(inf, nan)
        if _m.isnan(x):
            return complex(nan, y if y == 0 else nan)
        if _m.isinf(y):
            raise _domain()
        return complex(nan, nan)
    if x > _LOG_LARGE:
        scale = _m.exp(x - 1.0)
        result = complex(scale * _m.cos(y) * e, scale * _m.sin(y) * e)
    else:
        scale = _m.exp(x)
        result = complex(scale * _m.cos(y), scale * _m.sin(y))
    if not _finite(result):
        raise _range()
    return result


def _log(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(inf, _m.atan2(y, x) if not (_m.isnan(x) or _m.isnan(y)) else nan)
        return complex(nan, nan)
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = _m.log(_hypot(ax / 2.0, ay / 2.0)) + _LN2
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax == 0 and ay == 0:
            raise _domain()
        real = _m.log(_hypot(_m.ldexp(ax, 53), _m.ldexp(ay, 53))) - 53 * _LN2
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            # Near the unit circle log(h) cancels: log1p keeps the digits.
            big, small = max(ax, ay), min(ax, ay)
            real = _log1p((big - 1) * (big + 1) + small * small) / 2.0
        else:
            real = _m.log(h)
    return complex(real, _m.atan2(y, x))


def _quotient(a, b):
    """a / b by Smith's method, CPython's complex division (log(base) == 0, base 1, is a domain error)."""
    if abs(b.real) >= abs(b.imag):
        if b.real == 0:
            raise _domain()
        ratio = b.imag / b.real
        denom = b.real + b.imag * ratio
        return complex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom)
    ratio = b.real / b.imag
    denom = b.real * ratio + b.imag
    return complex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom)


def log(z, base=None):
    result = _log(_complex(z))
    if base is not None:
        result = _quotient(result, _log(_complex(base)))
    return result


def log10(z):
    r = _log(_complex(z))
    return complex(r.real / _LN10, r.imag / _LN10)


def _cosh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0:
            return complex(_m.copysign(inf, _m.cos(y)), _m.copysign(inf, _m.sin(y)) * _m.copysign(1.0, x))
        if _m.isinf(x) and y == 0:
            return complex(inf, y * _m.copysign(1.0, x))
        if x == 0 and (_m.isinf(y) or _m.isnan(y)):
            if _m.isinf(y):
                raise _domain()
            return complex(nan, 0.0)
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x):
            return complex(inf, nan)
        return complex(nan, 0.0 if y == 0 else nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        result = complex(_m.cos(y) * _m.cosh(shifted) * e, _m.sin(y) * _m.sinh(shifted) * e)
    else:
        result = complex(_m.cos(y) * _m.cosh(x), _m.sin(y) * _m.sinh(x))
    if not _finite(result):
        raise _range()
    return result


def _sinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y) and y != 0:
            return complex(_m.copysign(inf, _m.cos(y)) * _m.copysign(1.0, x), _m.copysign(inf, _m.sin(y)))
        if _m.isinf(x) and y == 0:
            return complex(x, y)
        if x == 0 and (_m.isinf(y) or _m.isnan(y)):
            if _m.isinf(y):
                raise _domain()
            return complex(0.0, nan)
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        if _m.isinf(x):
            return complex(inf, nan)
        return complex(nan, y if y == 0 else nan)
    if abs(x) > _LOG_LARGE:
        shifted = x - _m.copysign(1.0, x)
        result = complex(_m.cos(y) * _m.sinh(shifted) * e, _m.sin(y) * _m.cosh(shifted) * e)
    else:
        result = complex(_m.cos(y) * _m.sinh(x), _m.sin(y) * _m.cosh(x))
    if not _finite(result):
        raise _range()
    return result


def _tanh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) and _m.isfinite(y):
            return complex(_m.copysign(1.0, x), _m.copysign(0.0, 2.0 * _m.sin(y) * _m.cos(y)))
        if _m.isinf(x):
            return complex(_m.copysign(1.0, x), 0.0)
        if _m.isinf(y) and not _m.isnan(x):
            raise _domain()
        return complex(nan, y if y == 0 else nan)
    if abs(x) > _LOG_LARGE:
        return complex(_m.copysign(1.0, x), 4.0 * _m.sin(y) * _m.cos(y) * _m.exp(-2.0 * abs(x)))
    tx, ty = _m.tanh(x), _m.tan(y)
    cx = 1.0 / _m.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def cosh(z):
    return _cosh(_complex(z))


def sinh(z):
    return _sinh(_complex(z))


def tanh(z):
    return _tanh(_complex(z))


def cos(z):
    z = _complex(z)
    return _cosh(complex(-z.imag, z.real))


def sin(z):
    z = _complex(z)
    s = _sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def tan(z):
    z = _complex(z)
    t = _tanh(complex(-z.imag, z.real))
    return complex(t.imag, -t.real)


def _asinh(z):
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            if _m.isnan(x) or _m.isnan(y):
                return complex(_m.copysign(inf, x) if _m.isinf(x) else inf if not _m.isnan(x) else inf,
                               nan if _m.isnan(y) or _m.isinf(x) and _m.isnan(y) else
                               (_m.copysign(0.0, y) if _m.isinf(x) else nan))
            return complex(_m.copysign(inf, x), _m.atan2(y, abs(x)) if _m.isinf(x) else _m.copysign(pi / 2, y))
        return complex(nan, y if y == 0 else nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2
        return complex(_m.copysign(real, x), _m.atan2(y, abs(x)))
    s1 = _sqrt(complex(1.0 + y, -x))
    s2 = _sqrt(complex(1.0 - y, x))
    return complex(_m.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   _m.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asinh(z):
    return _asinh(_complex(z))


def asin(z):
    z = _complex(z)
    s = _asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(x) and _m.isnan(y):
            return complex(nan, nan)
        if _m.isinf(y):
            real = nan if _m.isnan(x) else (_m.atan2(abs(y), x) if _m.isinf(x) else pi / 2)
            return complex(real, -y)
        if _m.isinf(x):
            if _m.isnan(y):
                return complex(nan, inf)
            return complex(0.0 if x > 0 else pi, -_m.copysign(inf, y))
        return complex(pi / 2 if x == 0 else nan, nan)
    if abs(x) > _LARGE or abs(y) > _LARGE:
        real = _m.atan2(abs(y), x)
        magnitude = _m.log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2
        imag = -_m.copysign(magnitude, y) if x < 0 else _m.copysign(magnitude, -y)
        return complex(real, imag)
    s1 = _sqrt(complex(1.0 - x, -y))
    s2 = _sqrt(complex(1.0 + x, y))
    return complex(2.0 * _m.atan2(s1.real, s2.real), _m.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _complex(z)
    x, y = z.real, z.imag
    if not _finite(z):
        if _m.isnan(y) and _m.isfinite(x):
            return complex(nan, nan)
        a = acos(z)
        # acosh(z) = +-i acos(z), the sign making the real part non-negative.
        return complex(abs(a.imag) if not _m.isnan(a.imag) else a.imag, _m.copysign(a.real, y))
    if abs(x) > _LARGE or abs(y) > _LARGE:
        return complex(_m.log(_hypot(x / 2.0, y / 2.0)) + 2 * _LN2, _m.atan2(y, x))
    s1 = _sqrt(complex(x - 1.0, y))
    s2 = _sqrt(complex(x + 1.0, y))
    return complex(_m.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * _m.atan2(s1.imag, s2.real))


def _atanh(z):
    x, y = z.real, z.imag
    if x < 0 or (x == 0 and _m.copysign(1.0, x) < 0):
        r = _atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    if not _finite(z):
        if _m.isinf(x) or _m.isinf(y):
            return complex(0.0, _m.copysign(pi / 2, y) if not _m.isnan(y) else nan)
        return complex(x if x == 0 else nan, nan)
    ay = abs(y)
    if x > _SQRT_LARGE or ay > _SQRT_LARGE:
        h = _hypot(x / 2.0, y / 2.0)
        return complex(x / 4.0 / h / h, -_m.copysign(pi / 2, -y))
    if x == 1.0 and ay < _SQRT_MIN:
        if ay == 0:
            raise _domain()
        return complex(-_m.log(_m.sqrt(ay) / _m.sqrt(_hypot(ay, 2.0))), _m.copysign(_m.atan2(2.0, -ay) / 2, y))
    return complex(_log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0,
                   -_m.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0)


def atanh(z):
    return _atanh(_complex(z))


def atan(z):
    z = _complex(z)
    s = _atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)
