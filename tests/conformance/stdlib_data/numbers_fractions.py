from fractions import Fraction as F

vals = [F(3, 4), F(-6, 8), F(5), F("2/3"), F(" -1.25 "), F("3e-2"), F(0.1), F(F(1, 3)), F(1, -3), F("7"), F(2.5)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, float(v), int(v), v.is_integer())
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(F(-2, 3)), a ** 2, a ** -2, F(-2, 3) ** -3)
print(a + 1, 1 + a, a * 2, 2 - a, 1 / a, a + 0.5, 0.5 * a, a ** 0.5, 2 ** F(2), 4 ** F(1, 2))
print(a < b, a == F(2, 6), F(1, 2) == 0.5, F(1, 2) < 0.6, F(3) == 3, a != b, sorted([b, a, F(0)]), max(a, b))
print(round(F(7, 2)), round(F(5, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234), -2), F(7, 2).__floor__(), F(7, 2).__ceil__())
print(F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2))
print(F.from_float(0.25), F(10, 4).as_integer_ratio(), bool(F(0)), hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)))
for bad in [lambda: F(1, 0), lambda: F("x"), lambda: F("1/0"), lambda: F(1.5, 2), lambda: F([1]), lambda: a / F(0), lambda: F(0) ** -1]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
