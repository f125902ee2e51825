z = 3 + 4j
print(abs(z), z.conjugate(), z.real, z.imag, z * 1j, z / 2, z ** 2, -z, +z, z == 3 + 4j, z != 3)
print(complex(1), complex(1, 2), complex("1+2j"), complex(" (3-1j) "), complex("j"), complex("-1.5e2j"), complex(2j, 1j))
for call in [lambda: z < z, lambda: z // 2, lambda: z % 2, lambda: int(z), lambda: float(z), lambda: complex("1+2 j"),
             lambda: complex("a"), lambda: complex("1", 2), lambda: 1j / 0, lambda: 0j ** -1, lambda: round(z), lambda: divmod(z, 1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)), repr(1e300j * 1e300j), complex(float("nan"), 1), 2 ** 0.5j)
print(format(z, ".2f"), format(z, "^20"), f"{1.5-2j:+.1e}", format(1j, "g"), format(complex(1, 0), ""))
try:
    format(z, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(z, "=10")
except ValueError as e:
    print(type(e).__name__, e)
