print(pow(2, 100, 1000), pow(7, 0, 5), pow(0, 0, 1), pow(5, 3, -7), pow(-5, 3, 7), pow(3, 200, 2**61 - 1))
print(pow(3, -1, 11), pow(10, -3, 7), (pow(4, -1, 9) * 4) % 9, pow(2, -2, 5))
print(pow(2, 10), pow(2, -1), pow(-2, -3), pow(0, 5), pow(1, -100), pow(-1, 10**20), pow(-1, 10**20 + 1))
for args in [(2, 3, 0), (0, -1, 5), (2, -1, 4), (2, 0.5, 3), (2, 3, 1.5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(args, type(e).__name__, e)
