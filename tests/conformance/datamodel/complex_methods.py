z = complex(3, -4)
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z))
print(complex("1+2j"), complex("-1.5e1-2j"), complex(" 3j "), complex("inf+nanj"), complex(1.5))
print(z + 1, z * 1j, z / 2, z ** 2, 2 ** z == 2 ** z, -z, +z)
print(z == complex(3, -4), z != 3, hash(complex(2, 0)) == hash(2), (1 + 0j) == 1)
print(1j ** 2, (0j) ** 0, complex(0, 1) * complex(0, -1))
for bad in ["complex('1+2k')", "complex('1', 2)", "z < 1", "int(z)", "float(z)", "1 / 0j", "z // 2", "z % 2"]:
    try:
        eval(bad)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__, e)
print(format(z, ".2f"), f"{z:>20}", f"{1j:g}")
