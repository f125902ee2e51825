for a in [-1, -2, -8, -255, 5, 0]:
    print(a, a & 0xFF, a | 0x10, a ^ -1, ~a, a >> 1, a >> 10, a << 3, bin(a & 0xFFFF))
print(-1 >> 100, (-2**70) >> 68, (2**70) >> 68, -(2**70) & 0xF, (-5) & (-3), (-5) | (-3), (-5) ^ (-3))
print((255).bit_count(), (-255).bit_count(), (2**100 - 1).bit_count(), (-1).bit_length(), (-(2**65)).bit_length())
