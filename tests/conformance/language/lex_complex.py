z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex(1, 2), complex("3+4j"), complex(2), -1j, 0j == 0)
print(repr(complex(0, -0.0)), repr(-(0j)))
try:
    print(z < 1j)
except TypeError as e:
    print(type(e).__name__, e)
print(z ** 2, pow(1j, 2))
