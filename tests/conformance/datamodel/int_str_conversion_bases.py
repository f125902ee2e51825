for n in [0, 5, -5, 35, 36, 2**40, -(2**40)]:
    print(n, [int(format(n, c), b) for c, b in [("b", 2), ("o", 8), ("x", 16), ("d", 10)]], str(n), repr(n))
for s, base in [("zz", 36), ("ZZ", 36), ("10", 2), ("-ff", 16), ("0b11", 0), ("0B11", 2), ("0o7", 8), ("0x_1", 16), ("１２", 10), ("  -0  ", 10), ("000", 0)]:
    try:
        print(repr(s), base, int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [("2", 2), ("0x1", 10), ("0b", 0), ("010", 0), ("1 0", 10), ("", 16), ("z", 35)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b" 7 ")), int(b"ff", 16), int("+0x10", 16), int("17", base=8))
try:
    int(b"4.2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", base=37)
except ValueError as e:
    print(type(e).__name__, e)
