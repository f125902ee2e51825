flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, flags & WRITE, bool(flags & EXEC), bin(flags), flags ^ 0b111)
print(bin(-5), hex(-255), oct(8), bin(0), hex(2**70))
print(1 << 100 >> 99, -17 >> 1, -17 // 2, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print({1, 2} & {2, 3}, 0xFF & 0x0F, 0b1010 | 0b0101)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
print(int("1" * 64, 2) & ((1 << 63) - 1) == (1 << 63) - 1)
