for n in [0, 1, -1, 7, -8, 255, 2**64, -(2**64)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2], "big"), int.from_bytes(b""))
for call in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
             lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", byteorder=1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(int("  42\n"), int("-0b101", 0), int("z", 36), int("1_000"), int(" +7 "), int(3.99), int(-3.99), int(True), int("0o17", 8))
for bad in ["", " ", "1.5", "0x", "1__0", "_1", "٣x", "12", "08"]:
    try:
        print(repr(bad), int(bad, 0) if bad == "08" else int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
