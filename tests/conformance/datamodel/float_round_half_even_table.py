values = [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.25, 0.35, 0.45, 1.005, 2.675, 1234.5, 5e-324, 1e300, 0.125, 0.375]
for v in values:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), repr(round(v, 0)))
print(round(2.5, None), type(round(2.5, None)).__name__, round(1e22, -21), round(123.456, -5), round(-0.4), round(-0.6))
