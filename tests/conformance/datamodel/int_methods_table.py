for n in [0, 1, -1, 255, -256, 2**63, -(2**63) - 1, 10**20 + 7]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(4, "big"), (-1).to_bytes(2, "little", signed=True), (255).to_bytes(), int.from_bytes(b"\x01\x00", "little"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: (1).bit_length(1)]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int("0x1f", 16), int("0b101", 0), int(" -12_000 "), int("z", 36), int(3.99), int(-3.99), int(True), int("+7"))
for bad in ["int('1_')", "int('0x', 16)", "int('12', 1)", "int('9', 8)", "int(1.5e400)", "int(float('nan'))", "int('', 10)", "int(None)"]:
    try:
        eval(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(bad, "->", type(e).__name__, e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, round(-2.5), round(25, -1), round(35, -1), round(-15, -1))
print((5).__round__(), (5).__trunc__(), (5).__floor__(), (5).__ceil__(), (17).__round__(-1), int.__index__(3))
print(abs(-10**30), -(-5), ~5, ~-1, 1 << 70, -1 >> 100, 5 & -2, -5 | 2, -5 ^ 3)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**20))
