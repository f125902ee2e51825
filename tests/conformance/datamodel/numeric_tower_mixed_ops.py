values = [True, 3, 2.5, 1 + 2j]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append(f"{type(r).__name__}:{r}")
    print(type(a).__name__, row)
print(3 / 2, 3 // 2, -3 // 2, 3 % -2, 3.0 // 2, 2 ** 0.5 * 2 ** 0.5, 10 ** -2, (-1) ** 0.5)
print(True + 0.5, True * 1j, (1 + 1j) * 2, 7 // 2.0, 7 % 2.5, divmod(7, 2.5), divmod(-7, 2.5))
print(int("10") + float("1.5"), complex(1) == 1.0, 1 == 1.0 == (1 + 0j) == True)
try:
    (1 + 1j) // 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
