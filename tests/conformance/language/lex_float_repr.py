for x in [0.1, 1/3, 2.5, 1e22, 1e-7, 123456789.123, -0.0, 5e-324, 1.7976931348623157e308]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"))
print(float(" 1.5 "), float("1e3"), float("-.5"), float("1_0.5"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(3.14159, 3))
print(1e300 * 1e10, 2.0 ** 0.5)
print(7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print(float(10**20), int(1e20), int(-3.9), int(3.9))
