for a in [7, -7, 0, 10**18 + 1]:
    for b in [3, -3, 10**9]:
        print(f"{a} {b}: // {a // b}, % {a % b}, / {a / b!r}, divmod {divmod(a, b)}")
print(10**40 / 10**20, (10**40 + 1) / 10**20, 2**1100 // 2**1000, (-2**1100) // 3**600 < 0)
try:
    2**1100 / 3
except OverflowError as e:
    print(type(e).__name__, e)
print(2**1100 // 3 % 1000, 1 / 2**1100)
