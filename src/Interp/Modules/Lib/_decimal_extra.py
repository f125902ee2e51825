"""Decimal's total ordering, neighbours, classification, digit-wise logic and shifts, compare_signal
and remainder_near, with the Context methods of the same names."""
from _decimal_context import (Context, InvalidOperation, DivisionImpossible, DivisionUndefined,
                              Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped,
                              ROUND_FLOOR, ROUND_CEILING)
from _decimal_arith import _new, _fix, _add, _nan_operands, _invalid, _compare_values, _ndigits

# compare_total's rank of each kind of value, before the sign is applied.
_KIND_RANK = {'n': 3, 'N': 2, 'F': 1}


def _kind_rank(d):
    """0 for finite numbers, then infinity, signaling NaN, quiet NaN (before the sign is applied)."""
    return _KIND_RANK.get(d._exp, 0) if isinstance(d._exp, str) else 0


def _compare_total(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    rank_a, rank_b = _kind_rank(a), _kind_rank(b)
    if rank_a != rank_b:
        return flip * (1 if rank_a > rank_b else -1)
    if rank_a >= 2:  # two NaNs of the same kind: by payload
        return flip * ((a._int > b._int) - (a._int < b._int))
    if rank_a == 1:
        return 0
    order = _compare_values(a, b)
    if order:
        return order
    # Equal values: the smaller exponent comes first for positives, last for negatives.
    return flip * ((a._exp > b._exp) - (a._exp < b._exp))


def _neighbour_context(ctx, rounding):
    return Context(prec=ctx.prec, rounding=rounding, Emin=ctx.Emin, Emax=ctx.Emax, clamp=ctx.clamp,
                   traps=[])


def _next(d, ctx, status, up):
    nan = _nan_operands(d, None, ctx, status)
    if nan is not None:
        return nan
    if d._exp == 'F':
        if bool(d._sign) != up:  # -Inf going down, +Inf going up
            return d
        return _new(d._sign, 10 ** ctx.prec - 1, ctx.Etop())
    # Rounding toward the direction may already move; otherwise step by less than one ulp.
    # The neighbour is exact by definition: its own conditions are not reported.
    work = _neighbour_context(ctx, ROUND_CEILING if up else ROUND_FLOOR)
    ignored = []
    fixed = _fix(d._sign, d._int, d._exp, work, ignored)
    if _compare_values(fixed, d) != 0:
        return fixed
    return _add(d, _new(0 if up else 1, 1, ctx.Etiny() - 1), work, ignored)


def _next_toward(a, b, ctx, status):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    order = _compare_values(a, b)
    if order == 0:
        return _new(b._sign, a._int, a._exp)
    result = _next(a, ctx, status, order < 0)
    if result._exp == 'F':
        status.extend((Overflow, Inexact, Rounded))
    elif result._int and result._exp + _ndigits(result._int) - 1 < ctx.Emin or not result._int:
        status.extend((Underflow, Subnormal, Inexact, Rounded))
        if not result._int:
            status.append(Clamped)
    return result


def _number_class(d, ctx):
    if d._exp == 'n':
        return 'NaN'
    if d._exp == 'N':
        return 'sNaN'
    sign = '-' if d._sign else '+'
    if d._exp == 'F':
        return sign + 'Infinity'
    if d._int == 0:
        return sign + 'Zero'
    if d._exp + _ndigits(d._int) - 1 < ctx.Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


def _logical_digits(d, ctx):
    """The operand's digits padded or cut to the precision, or None when it is not a logical operand."""
    if isinstance(d._exp, str) or d._sign or d._exp != 0:
        return None
    digits = str(d._int)
    if digits.strip('01'):
        return None
    return digits.rjust(ctx.prec, '0')[-ctx.prec:]


def _logical(a, b, ctx, status, op):
    x, y = _logical_digits(a, ctx), _logical_digits(b, ctx)
    if x is None or y is None:
        return _invalid(status)
    result = ''.join(str(op(int(p), int(q))) for p, q in zip(x, y))
    return _new(0, int(result), 0)


def _digits_move(a, b, ctx, status, rotate):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    if b._exp != 0 or not -ctx.prec <= b._int <= ctx.prec:
        return _invalid(status)
    if a._exp == 'F':
        return a
    steps = -b._int if b._sign else b._int
    digits = str(a._int).rjust(ctx.prec, '0')[-ctx.prec:]
    if rotate:
        moved = digits[steps:] + digits[:steps]
    elif steps < 0:
        moved = digits[:steps] or '0'
    else:
        moved = (digits + '0' * steps)[-ctx.prec:]
    return _new(a._sign, int(moved), a._exp)


def _compare_signal(a, b, ctx, status):
    """compare, except that any NaN (quiet ones too) signals InvalidOperation."""
    if a.is_nan() or b.is_nan():
        status.append(InvalidOperation)
        return _nan_operands(a, b, ctx, [])
    order = _compare_values(a, b)
    return _new(1 if order < 0 else 0, abs(order), 0)


def _remainder_near(a, b, ctx, status):
    nan = _nan_operands(a, b, ctx, status)
    if nan is not None:
        return nan
    if a._exp == 'F':
        return _invalid(status)
    if b._exp != 'F' and b._int == 0:
        return _invalid(status, DivisionUndefined if a._int == 0 else InvalidOperation)
    if b._exp == 'F':
        return _fix(a._sign, a._int, a._exp, ctx, status)
    ideal = min(a._exp, b._exp)
    if a._int == 0:
        return _fix(a._sign, 0, ideal, ctx, status)
    adjusted_a = a._exp + _ndigits(a._int) - 1
    adjusted_b = b._exp + _ndigits(b._int) - 1
    if adjusted_a - adjusted_b >= ctx.prec + 1:
        return _invalid(status, DivisionImpossible)
    if adjusted_a - adjusted_b <= -2:  # |a| < |b| / 2: a itself, at the ideal exponent
        return _fix(a._sign, a._int * 10 ** (a._exp - ideal), ideal, ctx, status)
    x = a._int * 10 ** (a._exp - ideal)
    y = b._int * 10 ** (b._exp - ideal)
    q, r = divmod(x, y)
    # The nearest integer quotient, ties to even.
    if 2 * r + (q & 1) > y:
        r -= y
        q += 1
    if q >= 10 ** ctx.prec:
        return _invalid(status, DivisionImpossible)
    sign = a._sign
    if r < 0:
        sign, r = 1 - sign, -r
    return _fix(sign, r, ideal, ctx, status)


def _install(Decimal, convert, getcontext):
    def run(op, context, *operands):
        ctx = context if context is not None else getcontext()
        status = []
        result = op(*operands, ctx, status)
        ctx._commit(status)
        return result

    def compare_total(self, other, context=None):
        return Decimal(_compare_total(self, convert(other)))

    def compare_total_mag(self, other, context=None):
        return Decimal(_compare_total(self.copy_abs(), convert(other).copy_abs()))

    def next_minus(self, context=None):
        return run(lambda d, c, s: _next(d, c, s, False), context, self)

    def next_plus(self, context=None):
        return run(lambda d, c, s: _next(d, c, s, True), context, self)

    def next_toward(self, other, context=None):
        return run(_next_toward, context, self, convert(other))

    def number_class(self, context=None):
        return _number_class(self, context if context is not None else getcontext())

    def logical(bit):
        def method(self, other, context=None):
            return run(lambda a, b, c, s: _logical(a, b, c, s, bit), context, self, convert(other))
        return method

    def logical_invert(self, context=None):
        ctx = context if context is not None else getcontext()
        return self.logical_xor(_new(0, int('1' * ctx.prec), 0), ctx)

    def shift(self, other, context=None):
        return run(lambda a, b, c, s: _digits_move(a, b, c, s, False), context, self, convert(other))

    def rotate(self, other, context=None):
        return run(lambda a, b, c, s: _digits_move(a, b, c, s, True), context, self, convert(other))

    def compare_signal(self, other, context=None):
        return run(_compare_signal, context, self, convert(other))

    def remainder_near(self, other, context=None):
        return run(_remainder_near, context, self, convert(other))

    methods = dict(compare_total=compare_total, compare_total_mag=compare_total_mag,
                   next_minus=next_minus, next_plus=next_plus, next_toward=next_toward,
                   number_class=number_class, logical_and=logical(lambda p, q: p & q),
                   logical_or=logical(lambda p, q: p | q), logical_xor=logical(lambda p, q: p ^ q),
                   logical_invert=logical_invert, shift=shift, rotate=rotate,
                   compare_signal=compare_signal, remainder_near=remainder_near)
    for name, method in methods.items():
        method.__name__ = name
        setattr(Decimal, name, method)

    def context_method(name, arity):
        if arity == 1:
            def op(self, a):
                return getattr(convert(a), name)(context=self)
        else:
            def op(self, a, b):
                return getattr(convert(a), name)(convert(b), context=self)
        op.__name__ = name
        return op

    for name in ('next_minus', 'next_plus', 'number_class', 'logical_invert'):
        setattr(Context, name, context_method(name, 1))
    for name in ('compare_total', 'compare_total_mag', 'next_toward', 'logical_and', 'logical_or',
                 'logical_xor', 'shift', 'rotate', 'compare_signal', 'remainder_near'):
        setattr(Context, name, context_method(name, 2))
