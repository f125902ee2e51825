for src, base in [("10", 10), ("10", 2), ("10", 16), ("z", 36), ("-ff", 16), ("0x1F", 16), ("0x1F", 0), ("0o17", 0),
                  ("0b1_01", 0), (" 42 ", 10), ("٣", 10), ("1_000", 10), ("+5", 10), ("-0", 0), ("00", 0)]:
    print(repr(src), base, int(src, base))
for src, base in [("08", 0), ("1__0", 10), ("2", 2), ("0x", 16), ("", 10), ("- 1", 10), ("1.0", 10), ("0b2", 0)]:
    try:
        int(src, base)
    except ValueError as e:
        print(type(e).__name__, e)
print(int(b" 12 "), int(bytearray(b"7")), int(3.9), int(-3.9), int(True), int("1" * 50) % 97)
