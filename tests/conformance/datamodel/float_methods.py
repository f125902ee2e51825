x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.1).as_integer_ratio())
print(x.hex(), float.fromhex("0x1.ep+1"), float.fromhex("-0x1p-2"), (0.0).hex(), float("inf").hex())
print(x.real, x.imag, x.conjugate(), (-2.5).__abs__(), x.__trunc__(), (-x).__floor__(), x.__ceil__())
print(round(x), round(x, 1), round(-x), round(2.5), round(3.5), round(0.125, 2), round(1e20, -19))
print(int(x), int(-x), float(" -12.5e-1 "), float("1_000.5"), float(".5"), float("5."))
print(float("nan") != float("nan"), float("-0.0"), -0.0 == 0.0, str(-0.0), 1 / float("inf"))
for bad in ["1.2.3", "", "1e", "_1.0", "0x10", "nan1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float.fromhex("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
