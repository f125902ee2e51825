vals = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (1e308, 1e-308), (5, 0.3), (float("inf"), 3), (3, float("inf")), (-3, float("inf"))]
for a, b in vals:
    try:
        print(a, b, a // b, a % b, divmod(a, b), a / b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0)]:
    for op in ["/", "//", "%"]:
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(float("nan") // 1, float("inf") % 2, repr(-1e-300 % 1), repr(1e-300 % -1))
