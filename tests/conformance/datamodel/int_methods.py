n = 1000
print(n.bit_length(), n.bit_count(), (-n).bit_length(), (0).bit_length())
print(n.to_bytes(2, "big"), n.to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x03\xe8", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 0], "little"))
print(n.as_integer_ratio(), (-7).as_integer_ratio(), n.is_integer(), (5).conjugate())
print(n.real, n.imag, n.numerator, n.denominator)
try:
    (1000).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((255).to_bytes(), int.from_bytes(b"\x80", signed=True))
print(int.__name__, int("7") + int(), int(), int(" -0b101 ".strip(), 0))
