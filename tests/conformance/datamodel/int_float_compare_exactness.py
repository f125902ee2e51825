big = 2**53
print(big + 1 == float(big + 1), float(big + 1) == big, big + 1 > float(big), 2**1000 < float("inf"), 10**400 > 1e308)
print(1 == 1.0, 1 < 1.0000000000000002, -0.0 == 0, (2**63 - 1) == float(2**63 - 1), 9007199254740993 < 9007199254740992.0)
print(float(2**63) == 2**63, 2**63 + 1 > float(2**63), 0.1 + 0.2 == 0.3, 0.5 == 1/2, 3 * 0.1 == 0.3)
print(sorted([1, 1.0, True, 0.99999, 2**53 + 1, float(2**53)]), max(2**53 + 1, float(2**53 + 1)))
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 5e-324 / 2, 2.0 ** -1074)
try:
    10**400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(10**400 // 10**399, (10**400) / (10**399), 1 / 3 == 0.3333333333333333, 7 // 2.0, -7 // 2.0, -7 % 2.0, 7 % -2.0, -0.0 % 5)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print((-8) ** (1 / 3), 2 ** -2, (-2) ** 2, -2 ** 2, 0 ** 0, 0.0 ** 0.0)
