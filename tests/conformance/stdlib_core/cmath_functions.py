# cmath: every function over a grid of signed zeros, finite values, infinities and NaNs.
import cmath
vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, -3.5, 1e-300, -1e300, float('inf'), float('-inf'), float('nan')]
names = ['sqrt', 'exp', 'log', 'log10', 'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for n in names:
    f = getattr(cmath, n)
    for x in vals:
        for y in vals:
            try:
                r = f(complex(x, y))
            except Exception as e:
                r = type(e).__name__ + ': ' + str(e)
            if n in ('atan', 'atanh') and isinstance(r, complex):
                # glibc's log1p is not correctly rounded for a few arguments (1.6, from 0.5+1j):
                # these two go through it, so only 15 digits are compared.
                r = '(%.15g, %.15g)' % (r.real, r.imag)
            print(n, x, y, r)
for x in vals:
    for y in [0.0, 1.0, -2.0, float('inf'), float('nan')]:
        try: r = cmath.rect(x, y)
        except Exception as e: r = type(e).__name__ + ': ' + str(e)
        print('rect', x, y, r)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 10), cmath.sqrt(-4), cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.polar(1+1j), cmath.rect(2, cmath.pi/2))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.sqrt(4), cmath.acos(2), cmath.asin(2), cmath.atan(2j), cmath.acosh(0.5), cmath.atanh(2))
for bad in ['1', None, [1]]:
    try: cmath.sqrt(bad)
    except TypeError as e: print(e)
for f, a in [(cmath.log, 0), (cmath.exp, 1000), (cmath.atanh, 1), (cmath.log, (1, 1)), (cmath.isclose, (1, 1, -1))]:
    try: print(f(*a) if isinstance(a, tuple) else f(a))
    except Exception as e: print(type(e).__name__, e)
class C:
    def __complex__(self): return 3+4j
class F:
    def __float__(self): return 2.25
class I:
    def __index__(self): return 9
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
