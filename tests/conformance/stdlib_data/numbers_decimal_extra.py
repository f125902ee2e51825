# decimal: compare_total(_mag), compare_signal, next_minus/next_plus/next_toward, number_class,
# logical_and/or/xor/invert, shift, rotate, remainder_near -- as Decimal and Context methods, with
# the flags they raise and the errors of invalid operands.
from decimal import (Decimal as D, Context, localcontext, getcontext, InvalidOperation,
                     DivisionImpossible, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped)


def flags(ctx):
    return sorted(k.__name__ for k, v in ctx.flags.items() if v)


def show(label, fn):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, [c.__name__ for c in e.args[0]] if e.args and isinstance(e.args[0], list) else e)
        return
    print(label, '->', repr(r), flags(ctx))


values = ['NaN', '-NaN', 'sNaN', '-sNaN', 'NaN5', 'NaN12', '-Infinity', 'Infinity', '-12.30', '-12.3',
          '-0', '0', '0E+3', '1.0', '1', '1.00', '12.3', '1E-1000000']
ordered = sorted((D(v) for v in values), key=lambda d: __import__('functools').cmp_to_key(
    lambda a, b: int(a.compare_total(b)))(d))
print([str(d) for d in ordered])
print(D('12.0').compare_total(D('12')), D('-12.0').compare_total(D('-12')), D('1').compare_total(1))
print(D('-5').compare_total_mag(D('3')), D('-NaN').compare_total_mag(D('NaN')))
show('compare_total sNaN', lambda: D('sNaN').compare_total(D('1')))
show('compare_signal', lambda: D('1').compare_signal(D('2')))
show('compare_signal NaN', lambda: D('NaN').compare_signal(D('2')))
getcontext().traps[InvalidOperation] = False
show('compare_signal NaN untrapped', lambda: D('NaN7').compare_signal(D('2')))
show('compare sNaN', lambda: D('1').compare_signal(D('sNaN3')))
getcontext().traps[InvalidOperation] = True

for v in ['1', '0', '-0', '1E-1000000', '-1E-999999', '9.99999999999999999999999999E+999999',
          'Infinity', '-Infinity', 'NaN', '123.456']:
    d = D(v)
    print(v, d.next_minus(), d.next_plus(), d.number_class())
show('next_plus sNaN', lambda: D('sNaN').next_plus())
show('next_minus flags', lambda: D('1').next_minus())
for a, b in [('1', '2'), ('1', '0'), ('1', '1'), ('-0', '0'), ('0', '-1'), ('1E-999999', '0'),
             ('9.99999999999999999999999999E+999999', 'Infinity'), ('1', 'NaN'), ('NaN', '1')]:
    show(f'next_toward {a} {b}', lambda: D(a).next_toward(D(b)))
getcontext().traps[Overflow] = False
show('next_toward overflow', lambda: D('9.99999999999999999999999999E+999999').next_toward(D('Infinity')))
getcontext().traps[Overflow] = True
c = Context(prec=5, Emin=-3, Emax=3)
print(c.number_class(D('0.001')), c.number_class(D('0.0001')), c.number_class(D('-5E-5')))
print(c.next_plus(D('999.99')), c.next_minus(D('0')), c.next_plus(D('9.9999E3')), c.next_toward(1, 2))

print(D('1100').logical_and(D('1010')), D('1100').logical_or(D('1010')), D('1100').logical_xor(D('1010')))
print(D('101').logical_invert(), Context(prec=5).logical_invert(D('101')))
print(Context(prec=4).logical_and(D('111111'), D('110011')), getcontext().logical_or(0, 1))
for bad in ['2', '-1', '1.0', '1E+1', 'NaN', 'Infinity']:
    show(f'logical_and {bad}', lambda: D(bad).logical_and(D('1')))

for a, b in [('34', '8'), ('12', '9'), ('123456789', '-2'), ('123456789', '0'), ('123456789', '2'),
             ('-1234', '3'), ('123456789', '28'), ('Infinity', '3'), ('1.5', '-1')]:
    show(f'shift {a} {b}', lambda: D(a).shift(D(b)))
    show(f'rotate {a} {b}', lambda: D(a).rotate(D(b)))
for bad in ['29', '-29', '1.5', '2.0', 'Infinity', 'NaN', 'sNaN']:
    show(f'shift by {bad}', lambda: D('123').shift(D(bad)))
print(Context(prec=5).rotate(D('12345'), 2), Context(prec=5).shift(D('12345'), -2), Context(prec=5).shift(D('1234567'), 1))

for a, b in [('2.1', '3'), ('10', '6'), ('10', '3'), ('10.2', '1'), ('10', '0.3'), ('3.6', '1.3'),
             ('-10', '3'), ('10', '4'), ('5', '2'), ('7', '2'), ('0', '5'), ('1', 'Infinity'),
             ('1E+30', '3'), ('0.001', '7'), ('NaN', '1'), ('Infinity', '2'), ('1', '0'), ('0', '0')]:
    show(f'remainder_near {a} {b}', lambda: D(a).remainder_near(D(b)))
print(Context(prec=5).remainder_near(D('12345'), D('7')), D(10).remainder_near(3, Context(prec=2)))
try:
    D('1').compare_total('x')
except TypeError as e:
    print('TypeError', e)
try:
    D('1').shift(1.5)
except TypeError as e:
    print('TypeError', e)
