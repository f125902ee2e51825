for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.25, 0.35, 0.45, 1.25, 2.675, 1.005]:
    print(x, round(x), round(x, 1), round(x, 2), repr(round(x, 0)))
for n in [5, 15, 25, 35, 45, 150, 250, -5, -15, 10**20 + 5 * 10**18]:
    print(n, round(n, -1), round(n, -2), round(n, -20))
print(round(123.456, -2), round(-123.456, -1), round(0.0), round(-0.0), repr(round(-0.4, 0)))
print(round(5e-324, 400), round(1.5e308, -307), round(0.1 + 0.2, 15))
try:
    round(1.7976931348623157e308, -308)
except OverflowError as e:
    print(type(e).__name__, e)
print(round(2**63 + 0.5), round(7, None), round(7.5, None))
