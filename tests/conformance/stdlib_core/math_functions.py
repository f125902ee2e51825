import math
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log10(1000), math.log2(8), math.log(10**400))
print(math.sin(1), math.cos(1), math.tan(1), math.atan2(1, 2), math.hypot(3, 4), math.dist([0, 0], [1, 1]))
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(10**30), type(math.floor(2.0)))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(10**20 + 1))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.sumprod([1, 2], [3, 4]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0))
print(math.frexp(8.0), math.ldexp(0.5, 4), math.modf(3.25), math.fmod(7, 3), math.remainder(7, 3), math.copysign(1, -0.0))
print(math.pi, math.e, math.tau, math.inf, math.degrees(math.pi), math.radians(180), math.pow(2, 10))
print(math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(10), math.ulp(1.0), math.nextafter(1.0, 2.0))
for e in ['math.log(0)','math.sqrt(-1)','math.exp(1000)','math.factorial(-1)','math.factorial(1.5)','math.comb(3,-1)','math.isqrt(-1)','math.floor(float("nan"))','math.pow(0,-1)','math.fsum([1e308,1e308])','math.dist([1],[1,2])','math.acos(2)','math.log(2, 1)','math.trunc("a")','math.ceil("a")', 'math.sqrt()', 'math.floor(float("inf"))', 'math.gamma(0)', 'math.lgamma(-1)']:
    try: print(e, eval(e))
    except Exception as x: print(e, type(x).__name__, x)
