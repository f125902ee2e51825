"""decimal's arithmetic on (sign, coefficient, exponent) triples.

Each operation takes its operands, the context and a status list, computes the exact result (or
enough digits of it plus a sticky digit that only says "more digits were not zero") and rounds once
with _fix. Conditions are appended to the status list; the caller commits them to the context.
"""
from _decimal_context import *

_Decimal = None


def _install(cls):
    global _Decimal
    _Decimal = cls


def _new(sign, coef, exp):
    d = object.__new__(_Decimal)
    d._sign, d._int, d._exp = sign, coef, exp
    return d


def _ndigits(n):
    return len(str(n)) if n else 1


def _invalid(status, condition=InvalidOperation):
    status.append(condition)
    return _new(0, 0, 'n')


def _special(d):
    return isinstance(d._exp, str)


def _nan_operands(a, b, ctx, status):
    """The NaN result of an operation with a NaN operand (signaling NaNs first), else None."""
    if a._exp.__class__ is not str and (b is None or b._exp.__class__ is not str):
        return None  # the common case: two finite operands
    for d in (a, b):
        if d is not None and d._exp == 'N':
            status.append(InvalidOperation)
            return _new(d._sign, d._int, 'n')
    for d in (a, b):
        if d is not None and d._exp == 'n':
            return d
    return None


def _increment(q, r, half, rounding, sign):
    """Whether truncated coefficient q with discarded remainder r (half: a half unit) rounds up."""
    if r == 0:
        return False
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_HALF_UP:
        return r >= half
    if rounding == ROUND_HALF_DOWN:
        return r > half
    if rounding == ROUND_HALF_EVEN:
        return r > half or (r == half and q % 2 == 1)
    return q % 5 == 0  # ROUND_05UP: away from zero only when the last kept digit is 0 or 5


def _drop_digits(coef, drop, rounding, sign):
    """coef with its `drop` lowest digits rounded off: (new coefficient, whether it was inexact)."""
    if drop <= 0:
        return coef * 10 ** -drop, False
    if drop > _ndigits(coef) + 1:
        # Less than a tenth of the last kept unit: all such values round alike.
        coef, drop = (1 if coef else 0), 2
    q, r = divmod(coef, 10 ** drop)
    if _increment(q, r, 5 * 10 ** (drop - 1), rounding, sign):
        q += 1
    return q, r != 0


def _rescale(d, exp, rounding, status):
    """d (finite) at exponent exp, rounding as needed: (Decimal, inexact)."""
    coef, inexact = _drop_digits(d._int, exp - d._exp, rounding, d._sign)
    return _new(d._sign, coef, exp), inexact


def _overflow(sign, ctx, status):
    status.extend((Overflow, Inexact, Rounded))
    r = ctx.rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _new(sign, 0, 'F')
    return _new(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _fix(sign, coef, exp, ctx, status):
    """The finite value sign/coef/exp rounded to ctx's precision and exponent range."""
    etiny = ctx.Emin - ctx.prec + 1
    etop = ctx.Emax - ctx.prec + 1
    exp_max = etop if ctx.clamp else ctx.Emax
    if coef == 0:
        if exp < etiny:
            exp = etiny
            status.append(Clamped)
        elif exp > exp_max:
            exp = exp_max
            status.append(Clamped)
        return _new(sign, 0, exp)
    n = _ndigits(coef)
    if exp + n - 1 > ctx.Emax:
        return _overflow(sign, ctx, status)
    subnormal = exp + n - 1 < ctx.Emin
    exp_min = max(exp + n - ctx.prec, etiny)
    if exp < exp_min:
        coef, inexact = _drop_digits(coef, exp_min - exp, ctx.rounding, sign)
        exp = exp_min
        if _ndigits(coef) > ctx.prec:  # rounding carried into a new digit: 999.9 -> 1000
            coef //= 10
            exp += 1
        if exp + _ndigits(coef) - 1 > ctx.Emax:
            return _overflow(sign, ctx, status)
        status.append(Rounded)
        if inexact:
            status.append(Inexact)
            if subnormal:
                status.extend((Underflow, Subnormal))
                if coef == 0:
                    status.append(Clamped)
        elif subnormal:
            status.append(Subnormal)
    elif subnormal:
        status.append(Subnormal)
    if ctx.clamp and exp > etop:
        coef *= 10 ** (exp - etop)
        exp = etop
        status.append(Clamped)
    return _new(sign, coef, exp)


def _plus(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F':
        return d
    sign = d._sign
    if d._int == 0 and ctx.rounding != ROUND_FLOOR:
        sign = 0  # 0 - 0 is +0 except when rounding toward -Infinity
    return _fix(sign, d._int, d._exp, ctx, status)


def _add(a, b, ctx, status, subtract=None):
    # subtract: the original right operand of a subtraction (NaN payloads keep their sign).
    nan = _nan_operands(a, subtract if subtract is not None else b, ctx, status)
    if nan is not None:
        return nan
    if a._exp == 'F':
        if b._exp == 'F' and a._sign != b._sign:
            return _invalid(status)
        return a
    if b._exp == 'F':
        return b
    exp = min(a._exp, b._exp)
    if a._int == 0 or b._int == 0:
        if a._int == 0 and b._int == 0:
            sign = a._sign if a._sign == b._sign else (1 if ctx.rounding == ROUND_FLOOR else 0)
            return _fix(sign, 0, exp, ctx, status)
        nonzero = b if a._int == 0 else a
        # Padding beyond the precision would only be rounded off again.
        exp = max(exp, nonzero._exp - ctx.prec - 1)
        padded, _ = _rescale(nonzero, exp, ctx.rounding, status)
        return _fix(nonzero._sign, padded._int, padded._exp, ctx, status)
    hi, lo = (a, b) if a._exp >= b._exp else (b, a)
    lo_coef, lo_exp = lo._int, lo._exp
    if hi._exp - lo._exp > ctx.prec + 2:
        limit = hi._exp + min(-1, _ndigits(hi._int) - ctx.prec - 2)
        if lo._exp + _ndigits(lo._int) - 1 < limit:
            lo_coef, lo_exp = 1, limit  # far below the result's last digit: only a sticky digit matters
    exp = lo_exp
    x = hi._int * 10 ** (hi._exp - exp)
    y = lo_coef * 10 ** (lo_exp - exp)
    x = -x if hi._sign else x
    y = -y if lo._sign else y
    total = x + y
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _fix(sign, 0, exp, ctx, status)
    return _fix(1 if total < 0 else 0, abs(total), exp, ctx, status)


def _mul(a, b, ctx, status):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F' or b._exp == 'F':
        if (a._exp != 'F' and a._int == 0) or (b._exp != 'F' and b._int == 0):
            return _invalid(status)
        return _new(sign, 0, 'F')
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, status)


def _div(a, b, ctx, status):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        return _invalid(status) if b._exp == 'F' else _new(sign, 0, 'F')
    if b._exp == 'F':
        status.append(Clamped)
        return _new(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return _invalid(status, DivisionUndefined)
        status.append(DivisionByZero)
        return _new(sign, 0, 'F')
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, ctx, status)
    shift = ctx.prec + 1 + _ndigits(b._int) - _ndigits(a._int)
    if shift >= 0:
        q, r = divmod(a._int * 10 ** shift, b._int)
    else:
        q, r = divmod(a._int, b._int * 10 ** -shift)
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1  # sticky: the true quotient lies strictly between q and q + 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx, status)


def _divint(a, b, ctx, status, want='q'):
    """(a // b, a % b) truncating toward zero; `want` says which results report conditions."""
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan, nan
    sign = a._sign ^ b._sign
    if a._exp == 'F':
        if b._exp == 'F':
            nan = _invalid(status)
            return nan, nan
        return _new(sign, 0, 'F'), _invalid(status)
    if b._exp == 'F':
        return _new(sign, 0, 0), _plus(a, ctx, status)
    if b._int == 0:
        if a._int == 0:
            nan = _invalid(status, DivisionUndefined)
            return nan, nan
        if want == 'r':
            return None, _invalid(status)
        if want == 'qr':
            status.append(InvalidOperation)
        status.append(DivisionByZero)
        return _new(sign, 0, 'F'), _new(0, 0, 'n')
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    exp = min(a._exp, b._exp)
    if a._int == 0 or adj_a < adj_b:
        remainder = a if a._exp == exp or a._exp - exp > ctx.prec + 1 else _new(a._sign, a._int * 10 ** (a._exp - exp), exp)
        return _new(sign, 0, 0), _fix(a._sign, remainder._int, remainder._exp, ctx, status)
    if adj_a - adj_b > ctx.prec:
        nan = _invalid(status, DivisionImpossible)
        return nan, nan
    q, r = divmod(a._int * 10 ** (a._exp - exp), b._int * 10 ** (b._exp - exp))
    if _ndigits(q) > ctx.prec:
        nan = _invalid(status, DivisionImpossible)
        return nan, nan
    return _new(sign, q, 0), _fix(a._sign, r, exp, ctx, status)


def _integer_value(d):
    """d as an int when it is a finite integral value, else None."""
    if _special(d):
        return None
    if d._exp >= 0:
        value = d._int * 10 ** d._exp
    else:
        value, r = divmod(d._int, 10 ** -d._exp)
        if r:
            return None
    return -value if d._sign else value


def _pow(a, b, ctx, status):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    n = _integer_value(b)
    if b._exp == 'F' and not (a._exp == 'F' or a._int == 0 or a._sign):
        # x ** +-Infinity: 0, 1 or Infinity depending on |x| against 1.
        order = _compare_values(a, _new(0, 1, 0))
        if order == 0:
            return _pow_one_inf(ctx, status)
        big = (order > 0) == (b._sign == 0)
        return _new(0, 0, 'F') if big else _new(0, 0, 0)
    if a._exp != 'F' and a._int == 0:
        if b._int == 0 and b._exp != 'F':
            return _invalid(status)
        if a._sign and n is None and b._exp != 'F':
            return _invalid(status)
        sign = a._sign if n is not None and n % 2 else 0
        return _new(sign, 0, 'F') if b._sign else _new(sign, 0, 0)
    if a._exp == 'F':
        sign = a._sign if n is not None and n % 2 else 0
        if a._sign and n is None:
            return _invalid(status)
        if b._int == 0 and b._exp != 'F':
            return _fix(0, 1, 0, ctx, status)
        return _new(sign, 0, 0) if b._sign else _new(sign, 0, 'F')
    if n is not None:
        sign = a._sign if n % 2 else 0
        if n == 0:
            return _fix(0, 1, 0, ctx, status)
        stripped = str(a._int).rstrip('0')
        if stripped == '1':  # a power of ten: exact whatever n is
            power_of_ten = (a._exp + len(str(a._int)) - len(stripped)) * n
            return _fix(sign, 1, power_of_ten, ctx, status)
        if len(stripped) * abs(n) > 10000:
            # The exact power would be huge: go through exp(n * ln|a|) like a fractional power.
            from _decimal_transcendental import power
            magnitude = power(_new(0, a._int, a._exp), b, ctx, status)
            return magnitude if magnitude._exp == 'F' or not sign else _new(1, magnitude._int, magnitude._exp)
        if n > 0:
            return _fix(sign, a._int ** n, a._exp * n, ctx, status)
        denominator = _new(sign, a._int ** -n, a._exp * -n)
        return _div(_new(0, 1, 0), denominator, ctx, status)
    if a._sign:
        return _invalid(status)
    # x ** y = exp(y * ln(x)), with guard digits so that the final rounding is the only one.
    from _decimal_transcendental import power
    return power(a, b, ctx, status)


def _pow_one_inf(ctx, status):
    status.extend((Inexact, Rounded))
    return _new(0, 10 ** (ctx.prec - 1), 1 - ctx.prec)


def _powmod(a, b, m, ctx, status):
    n, base, mod = _integer_value(b), _integer_value(a), _integer_value(m)
    if n is None or base is None or mod is None or n < 0 or mod == 0 or \
            max(_ndigits(abs(mod)), _ndigits(abs(base))) > ctx.prec:
        return _invalid(status)
    value = pow(base, n, abs(mod))
    if base < 0 and n % 2:
        value = -value if value else 0
    return _fix(1 if base < 0 and value else 0, abs(value), 0, ctx, status)


def _sqrt(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F':
        return _invalid(status) if d._sign else d
    if d._int == 0:
        return _fix(d._sign, 0, d._exp // 2, ctx, status)
    if d._sign:
        return _invalid(status)
    import math
    coef, exp = d._int, d._exp
    ideal = exp // 2
    if exp % 2:
        coef *= 10
        exp -= 1
    shift = max(0, ctx.prec + 2 - (_ndigits(coef) + 1) // 2)
    scaled = coef * 100 ** shift
    root = math.isqrt(scaled)
    exp = exp // 2 - shift
    if root * root != scaled:
        if root % 5 == 0:
            root += 1
    else:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    saved = ctx.rounding
    object.__setattr__(ctx, 'rounding', ROUND_HALF_EVEN)  # square roots always round half-even
    try:
        return _fix(0, root, exp, ctx, status)
    finally:
        object.__setattr__(ctx, 'rounding', saved)


def _compare_values(a, b):
    """-1, 0 or 1: a against b (no NaNs)."""
    if a._exp == 'F' or b._exp == 'F':
        va = 0 if a._exp != 'F' else (-1 if a._sign else 1)
        vb = 0 if b._exp != 'F' else (-1 if b._sign else 1)
        if va == vb and va != 0:
            return 0
        if va or vb:
            return (va > vb) - (va < vb) if va != vb else 0
    if a._int == 0 and b._int == 0:
        return 0
    if a._int == 0:
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if adj_a != adj_b:
        order = 1 if adj_a > adj_b else -1
    else:
        exp = min(a._exp, b._exp)
        x = a._int * 10 ** (a._exp - exp)
        y = b._int * 10 ** (b._exp - exp)
        order = (x > y) - (x < y)
    return -order if a._sign else order


def _normalize(d, ctx, status):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F':
        return d
    r = _fix(d._sign, d._int, d._exp, ctx, status)
    if r._exp == 'F':
        return r
    if r._int == 0:
        return _new(r._sign, 0, 0)
    coef, exp = r._int, r._exp
    exp_max = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
    while coef % 10 == 0 and exp < exp_max:
        coef //= 10
        exp += 1
    return _new(r._sign, coef, exp)


def _quantize(d, target, rounding, ctx, status):
    nan = _nan_operands(d, target, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F' or target._exp == 'F':
        return d if d._exp == 'F' and target._exp == 'F' else _invalid(status)
    exp = target._exp
    if not ctx.Emin - ctx.prec + 1 <= exp <= ctx.Emax:
        return _invalid(status)
    if d._int == 0:
        return _fix(d._sign, 0, exp, ctx, status)
    result, inexact = _rescale(d, exp, rounding, status)
    if _ndigits(result._int) > ctx.prec:
        return _invalid(status)
    if exp > d._exp:
        status.append(Rounded)
    if inexact:
        status.append(Inexact)
    if result._int and result._exp + _ndigits(result._int) - 1 < ctx.Emin:
        status.append(Subnormal)
        if inexact:
            status.append(Underflow)
    return result


def _to_integral(d, rounding, ctx, status, exact):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F' or d._exp >= 0:
        return d
    if d._int == 0:
        return _new(d._sign, 0, 0)
    result, inexact = _rescale(d, 0, rounding, status)
    if exact:
        status.append(Rounded)
        if inexact:
            status.append(Inexact)
    return result


def _scaleb(d, other, ctx, status):
    nan = _nan_operands(d, other, ctx, status)
    if nan is not None:
        return nan
    n = _integer_value(other)
    limit = 2 * (ctx.Emax + ctx.prec)
    if n is None or abs(n) > limit:
        return _invalid(status)
    if d._exp == 'F':
        return d
    return _fix(d._sign, d._int, d._exp + n, ctx, status)
