for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (7.5, 2), (-7.5, 2), (7, 0.5), (2**70, 7), (True, 2)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 0, 1), pow(5, 3, -7))
print(pow(38, -1, 97) * 38 % 97, pow(2, 100, 10**9 + 7), pow(base=3, exp=4, mod=5))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (0, -1, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(pow(-8, 1/3).real > 0, pow(0, 0), pow(0.0, 0), pow(-1, 0.5).imag)
try:
    pow(0.0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
