print(2**64, -2**63, 2**63 - 1)
print(10**30 // 7, 10**30 % 7, -(10**30) // 7)
print(int("  42  "), int("-0"), int("1_000"), int("0x1f", 16), int("z", 36))
print(int("0b101", 0), int("0o17", 0), int("017", 8))
for bad in ["1__0", "_1", "0x", "4.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    eval("012")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(0o777 == 511, 0b1111_0000 == 240, 0xdead_beef)
print(True + True, False * 10, -True)
