for v in [0.9, -0.9, 1.5, -1.5, 2.5e15, 1e16 + 1, 2.0**53, 2.0**63, -2.0**63, 1e300, 123.999999999]:
    print(repr(v), int(v), round(v), float(int(v)) == v)
for n in [2**53 - 1, 2**53, 2**53 + 1, 2**64, 10**23, -10**23]:
    print(n, float(n), int(float(n)) == n, repr(n / 1))
print(int(-0.0), float(-0), 0.0 == -0.0, str(float("-0")), int("  -0 "), float(True), float("  .5e1 "))
