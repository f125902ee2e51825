vals = [0.0, -0.0, 1.5, 1234.5678, 1e-7, 1e16, 12345678901.0, float("inf"), float("nan")]
for v in vals:
    print(format(v, "e"), format(v, ".2e"), format(v, "f"), format(v, ".0f"), format(v, "g"), format(v, ".3g"), format(v, "%"), format(v, "E"), format(v, "G"))
print(format(1.0, "#.0f"), format(1.0, "#g"), format(1.5, "#.0e"), format(100.0, ".1g"), format(100.0, "#.1g"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(1e100, ".3"), format(123.0, ""), format(1e22, ""), format(0.0001, ".3"), format(1.0, "n"))
print(format(-1.5, "z.0f"), format(-0.0, "z"), format(-0.0001, "z.2f"))
