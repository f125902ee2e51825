a = 2 ** 200
b = 3 ** 120
print(a)
print(b)
print(a * b)
print(a // b, a % b, divmod(-a, b))
print(a - b * 10**10, -a + 1)
print(pow(a, 3, 10**9 + 7), pow(b, -1, 1000003))
print(a > b, a == 2 ** 200, hash(a) == hash(2 ** 200))
print(abs(-a) == a, a.bit_length(), b.bit_count())
print(a >> 190, a << 3 == a * 8, a & (a - 1), a | 1 == a + 1, ~a == -a - 1)
print(str(10**50).count("0"), len(str(-(10**60))), int("9" * 80) + 1 == 10**80)
print(float(a), int(float(2**60)), 10**20 / 3, 10**400 // 10**399)
factorial = 1
for i in range(1, 41):
    factorial *= i
print(factorial, factorial % 1000003)
