for n in [10**308, 2**53 + 1, 2**53 + 3, 2**54 + 2, 2**64 - 1, 10**22, 10**23, 123456789012345678901234567890, -(2**63) - 1, 2**1023 * 3 // 2]:
    print(n, float(n), repr(float(-n)))
print(float(2**1024 - 2**970) if False else "skip", 2**1023 * 1.0)
for big in [2**1024, 10**400, -(10**400)]:
    try:
        float(big)
    except OverflowError as e:
        print(type(e).__name__, e)
print(10**23 == 1e23, 10**22 == 1e22, 2**53 + 1 == 2.0**53 + 1, (2**53 + 1) / 1, 10**30 / 10**10)
print(int(1e23), int(float(10**23)), (10**23) * 1.0, 10**20 + 0.5, 0.1 + 2**60)
import math
print(math.floor(10**20 / 3), math.isclose(float(10**200), 1e200), math.ldexp(1, 60) == 2**60)
