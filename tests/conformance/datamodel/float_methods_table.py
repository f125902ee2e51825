for x in [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 123456789.125]:
    print(repr(x), x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x, round(x, 2), x.conjugate())
for s in ["inf", "-Infinity", "nan", " 1_000.5 ", "1e-5", "-0", "0x1p3"]:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("zz"),
            lambda: float("1e"), lambda: round(float("inf")), lambda: round(float("nan")), lambda: int(float("inf"))]:
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1e16 + 1.0), round(123.456, -1), round(5e-324, 400))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -0.0 % 5, divmod(-7.5, 2), 2.0 ** -1, (-8.0) ** (1 / 3) if False else "skip", 1e308 * 10)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0), lambda: 0.0 ** -1]:
    try:
        bad()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(float.__getformat__("double"), (2.5).__trunc__(), (2.5).__floor__(), (-2.5).__ceil__(), (2.5).__round__(), (2.55).__round__(1))
print(hash(1.5), hash(-0.0), hash(float("inf")), hash(2.0) == hash(2), 0.1 + 0.2 == 0.3, 1e16 + 1 == 1e16)
