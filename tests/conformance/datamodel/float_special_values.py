inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, float("Infinity"), float("-iNF"), float("NaN"), float("-nan"))
print(inf + 1, inf - inf, inf * 0, inf / inf, 1 / inf, -1 / inf, inf > 10**400, -inf < -10**400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan], nan in [nan])
print(max(nan, 1), max(1, nan), min(nan, 1), sorted([3, nan, 1])[1:] if False else "skip")
print(inf == float("inf"), hash(inf), hash(-inf), round(inf) if False else "skip", 10**308 * 10.0)
print(repr(1e308 * 10), repr(-1e308 * 10), 0.0 * -1, -0.0 + 0.0, (-0.0).__repr__(), 1e-320 / 10)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(10**308), (2.0**1023) * 2 if False else "skip")
try:
    float(10**309)
except OverflowError as e:
    print(type(e).__name__, e)
