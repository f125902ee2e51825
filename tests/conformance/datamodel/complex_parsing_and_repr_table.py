for s in ["1", "1j", "-1j", "+1.5-2.5j", "(1+1j)", "  2J ", "1e3j", "inf+nanj", "-0-0j", "1_0+2_0j", "0x1j"]:
    try:
        z = complex(s)
        print(repr(s), repr(z), z.real, z.imag)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for z in [complex(1, 0), complex(0, 1), complex(-0.0, -0.0), complex(1e20, 1e-20), complex(float("inf"), -float("inf")), 1.5j ** 2]:
    print(repr(z), str(z), format(z, ""), format(z, ".3g"), hash(z) == hash(complex(z.real, z.imag)))
print(complex(1, 2) == (1 + 2j), complex(3) == 3, complex(3.5) == 3.5, (1 + 0j) == True, 1j != 1)
for bad in [lambda: complex(None), lambda: complex("1", "2"), lambda: complex([1]), lambda: complex(1, "2")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
