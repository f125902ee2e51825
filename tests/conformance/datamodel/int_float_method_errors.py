for src in ["(5).to_bytes(-1, 'big')", "(5).to_bytes(1, 'big', True)", "int.from_bytes(5, 'big')", "(1).bit_length(2)",
            "(2.5).is_integer(1)", "float.fromhex(5)", "(1.5).hex(1)", "round(2.5, 1.5)", "int('5', base=1)",
            "int('5', base=37)", "int(5, base=10)", "float('1', '2')", "complex('1', '2')", "complex(1j, 'x')",
            "(1).__add__('a')", "(1.0).__mul__([])", "int.__new__(str)", "float.__new__(int)", "divmod(2**70, 0)",
            "2 ** 2 ** 2 ** 2 ** 2 > 0 if False else 0 ** -1.5", "(-2) ** 0.5 == 1j * 2 ** 0.5", "pow(-2, 0.5, 3)"]:
    try:
        print(src, "=", eval(src))
    except (TypeError, ValueError, OverflowError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
