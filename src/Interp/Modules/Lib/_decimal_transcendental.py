"""decimal's exp, ln, log10 and non-integral powers.

They compute in fixed point on Python ints (a value v is held as round(v * 10**W)) with guard
digits, then append a sticky digit: these results are never exact (apart from the special cases
handled first), so the final rounding to the context (always half-even, as CPython does) sees an
inexact value on the right side of every tie.
"""
from _decimal_context import *
from _fixed_log import ln_fixed as _ln_fixed
from _decimal_arith import _new, _fix, _ndigits, _nan_operands, _invalid, _compare_values

_GUARD = 10
_ln10_cache = {}


def _ln10(w):
    if w not in _ln10_cache:
        _ln10_cache[w] = _ln_fixed(10 * 10 ** w, w)
    return _ln10_cache[w]


def _exp_fixed(x, w):
    """(r, k) with exp(x / 10**w) ~= r / 10**w * 10**k and 10**w <= r < 10**(w+1)."""
    g = w + _GUARD + _ndigits(abs(x) // 10 ** w)
    one = 10 ** g
    xg = x * 10 ** (g - w)
    ln10 = _ln10(g)
    k = xg // ln10
    rest = xg - k * ln10  # in [0, ln 10)
    halvings = 8
    small = rest >> halvings
    term, total, i = one, one, 1
    while term:
        term = term * small // (one * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // one
    if total >= 10 * one:
        total //= 10
        k += 1
    return total // 10 ** (g - w), k


def _fixed(d, w):
    """The finite Decimal d as round-down(d * 10**w)."""
    v = d._int * 10 ** (d._exp + w) if d._exp + w >= 0 else d._int // 10 ** -(d._exp + w)
    return -v if d._sign else v


def _round_half_even(sign, coef, exp, ctx, status):
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)
    try:
        return _fix(sign, coef, exp, ctx, status)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _from_exp_fixed(r, k, w, ctx, status):
    return _round_half_even(0, r * 10 + 1, k - w - 1, ctx, status)


def exp(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F':
        return _new(0, 0, 0) if d._sign else d
    if d._int == 0:
        return _new(0, 1, 0)
    p = ctx.prec
    adjusted = d._exp + _ndigits(d._int) - 1
    if adjusted > len(str(ctx.Emax)) + 1:
        # |d| >= 10**(digits of Emax + 2): far beyond the exponent range.
        if d._sign:
            return _fix(0, 1, ctx.Emin - ctx.prec - 1, ctx, status)
        return _fix(0, 1, ctx.Emax + 1, ctx, status)
    w = p + 3 + max(0, -adjusted)
    r, k = _exp_fixed(_fixed(d, w), w)
    return _from_exp_fixed(r, k, w, ctx, status)


def _ln_of(d, w):
    """ln(d) * 10**w for a finite positive d."""
    n = _ndigits(d._int)
    adjusted = d._exp + n - 1
    mantissa = d._int * 10 ** w // 10 ** (n - 1) if n - 1 <= w else d._int // 10 ** (n - 1 - w)
    return _ln_fixed(mantissa, w) + adjusted * _ln10(w)


def _relative(compute, p):
    """compute(w) with w large enough that the result carries p + 3 significant digits."""
    w = p + 3
    while True:
        v = compute(w)
        if v == 0 or _ndigits(abs(v)) >= p + 3:
            return v, w
        w += p + 3 - _ndigits(abs(v))


def ln(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._int == 0 and d._exp != 'F':
        return _new(1, 0, 'F')
    if d._sign:
        return _invalid(status)
    if d._exp == 'F':
        return d
    if _compare_values(d, _new(0, 1, 0)) == 0:
        return _new(0, 0, 0)
    v, w = _relative(lambda w: _ln_of(d, w), ctx.prec)
    return _round_half_even(1 if v < 0 else 0, abs(v) * 10 + 1, -w - 1, ctx, status)


def log10(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._int == 0 and d._exp != 'F':
        return _new(1, 0, 'F')
    if d._sign:
        return _invalid(status)
    if d._exp == 'F':
        return d
    if str(d._int).rstrip('0') == '1':
        # An exact power of ten: the result is an integer.
        power = d._exp + _ndigits(d._int) - 1
        return _fix(1 if power < 0 else 0, abs(power), 0, ctx, status)
    v, w = _relative(lambda w: _ln_of(d, w + _GUARD) * 10 ** w // _ln10(w + _GUARD), ctx.prec)
    return _round_half_even(1 if v < 0 else 0, abs(v) * 10 + 1, -w - 1, ctx, status)


def power(a, b, ctx, status):
    """a ** b for finite a > 0 and a non-integral finite b."""
    p = ctx.prec
    b_adjusted = b._exp + _ndigits(b._int) - 1
    # y * ln(x) needs p + guard digits after the point; y's integer digits scale ln's error.
    w = p + 3 + max(0, b_adjusted + 1) + _GUARD
    product = _fixed(b, w) * _ln_of(a, w) // 10 ** w
    if abs(product) > (abs(ctx.Emax) + p + 2) * 3 * 10 ** w:
        if product < 0:
            return _fix(0, 1, ctx.Emin - ctx.prec - 1, ctx, status)
        return _fix(0, 1, ctx.Emax + 1, ctx, status)
    r, k = _exp_fixed(product, w)
    return _from_exp_fixed(r, k, w, ctx, status)
