print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 4 ** -0.5, (-8) ** (1 / 3))
print(1 / 3 * 3, 10 / 4, 10 // 4, 10.0 // 4, 1e308 + 1e308, -1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf - inf, inf * 0, nan == nan, nan != nan, inf > 1e308, -inf < -1e308)
print(max(1, 2.5), min(-1, -1.0), 1 == 1.0, hash(1) == hash(1.0), 0.0 == -0.0)
print(int(2.9), int(-2.9), round(2.9), round(-2.5), round(3.5), round(1234.5678, -2))
print(float.is_integer(3.0), (2.5).as_integer_ratio(), (0.5).hex())
try:
    float(2 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(3 * 1.1, 1.1 * 3, 0.1 * 3, sum([0.1] * 10))
