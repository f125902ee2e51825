for n in [0, 5, 255, -255, 2**40]:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#012x"), format(n, "#>12o"), repr(format(n, "c")) if 0 < n < 300 else "-")
print(format(65, "c"), format(0x263A, "c"), repr(format(10, "c")))
for bad in [(-1, "c"), (0x110000, "c"), (65, "+c"), (65, "#c")]:
    try:
        format(*bad)
    except (ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(format(255, "x"), format(255, "%"), format(3, "e"), format(3, ".2f"), format(7, "g"), format(10**20, "e"))
