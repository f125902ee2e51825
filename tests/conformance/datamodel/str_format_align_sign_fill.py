for spec in ["<8", ">8", "^8", "=8", "*^9", "0>6", "+", " ", "-", "+08", " 08", "=+8", "x<5", "_>7"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-4.25, spec)))
for spec in ["<6", "^7", ">5", "!^5"]:
    print(repr(format("ab", spec)))
for bad in [("ab", "=5"), ("ab", "+5"), ("ab", "05"), (3, "s"), (1.5, "d"), ("x", "d"), (2, ",s")]:
    try:
        format(*bad)
    except ValueError as e:
        print(bad, type(e).__name__, e)
print(format(True, ">5"), format(True, "d"), format(False, "^7"), format(True, ""))
