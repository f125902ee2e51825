for n in [0, 1, -1, 255, -256, 2**64, 10**20]:
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "X"))
print(format(255, "08b"), format(255, "#010x"), format(-255, "#x"), format(1234567, ",d"), format(1234567, "_d"))
print(format(3.14159, ".3"), format(3.14159, ".3f"), format(3.14159, "10.2e"), format(1e-5, "g"), format(1e16, "g"))
print(format(0.5, "%"), format(2 / 3, ".2%"), format(-0.0, "f"), format(float("nan"), "f"), format(float("-inf"), "F"))
print(format(42, "c"), format(65, "c"), format(5, "+"), format(5, " "), format(-5, " "), format(12, "=+6"))
print(format("text", "^10"), format("text", "_<8"), format("text", ".2"), format("", "*>3"))
print(format(1234.5678, ",.2f"), format(1234.5678, "_.1f"), format(12345678.9, ",.0f"), format(0.000001234, ".3g"))
print(format(1.0, "g"), format(100.0, "g"), format(1e6, "g"), format(1e-4, "g"), format(123456789.0, "g"), format(1.5, "n"))
print(ascii("plain"), ascii("ü€😀"), ascii(["é", 1]), ascii(b"\xff"), repr("😀"))
for bad in ["format(1, 'z')", "format('s', 'd')", "format(1.5, 'x')", "format(2**70, 'c')", "format(1, ',_')", "format('x', '=5')"]:
    try:
        eval(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
