for n in [0, 999, 1000, -1234567, 12345678901234567890]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b"), format(n, ">15,"), format(n, "015,"))
for f in [1234.5, -9876543.21, 1e20, 0.001]:
    print(format(f, ",.2f"), format(f, "_.3e"), format(f, ",g"), format(f, "020,.1f"))
for bad in [",x", ",b", "_,", ",_", ",,"]:
    try:
        print(format(255, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(format(1234, "n"), format(1234567, "010_d"))
