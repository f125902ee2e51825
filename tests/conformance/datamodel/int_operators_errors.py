cases = ["5 / 0", "5 // 0", "5 % 0", "divmod(5, 0)", "pow(5, -1, 10)", "pow(5, 2, 0)", "pow(2, 3, 1.5)",
         "1 << -5", "2 ** -1", "0 ** -1", "(-8) ** (1/3)", "int('12', 40)", "int(12, 10)", "int('')",
         "int('1e3')", "int(float('inf'))", "int(float('nan'))", "(5).bit_length(1)", "round(12345, -2)",
         "round(15, -1)", "round(25, -1)", "int.from_bytes('ab', 'big')", "abs(-0)", "-(-5)"]
for src in cases:
    try:
        print(src, "=", eval(src))
    except Exception as e:
        print(src, "->", type(e).__name__, e)
