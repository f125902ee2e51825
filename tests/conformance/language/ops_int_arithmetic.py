for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-(10**20), 3)]:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, (-3) ** 5, 0 ** 0, pow(2, 10, 1000), pow(3, -1, 7))
print(abs(-5), abs(-2**70), int(True), 5 // 1, -0)
print(1 << 64, -1 >> 10, 255 >> 3, -256 >> 4, 12 & -4, 12 | -4, 12 ^ -4, ~0, ~-1)
print((2**64 - 1).bit_length(), (255).bit_length(), (-1).bit_length(), (10).bit_count())
print(17 .__add__(1), (5).__rsub__(10), int.__mul__(3, 4))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
print(10**18 * 10**18 // 10**35, -(-7 // 2), 7 // -2)
