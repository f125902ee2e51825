for z in [1 + 2j, -0.0j, complex(-1, -0.0), 1e300j * 10, complex("nan+infj"), 3j ** 2]:
    print(repr(z), z.real, z.imag, abs(z) if z == z else "nan", z.conjugate(), bool(z))
print(complex(1.5), complex("1e3-2j"), complex(real=2), complex(imag=3), complex(2, 3j), (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), 2 ** (1j * 0))
for bad in ["complex('1+')", "complex('1', 2)", "complex([])", "(1j) < (2j)", "1j // 2", "1j % 2", "int(1j)", "(0j) ** -1", "complex(1, 'x')"]:
    try:
        eval(bad)
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__, e)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(1 + 0j) == hash(1), hash(2j), format(1 + 2j, "^12.1f"), f"{3-4j:g}", (1 + 1j) == complex(1, 1), 1j.__rtruediv__(1))
m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m.tolist()[:3], len(m), m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides)
print(bytes(m[::2]), m.hex(), m == b"abcdef", m[2:].tobytes(), m.obj is not None, m.c_contiguous)
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:] = b"BC"
print(ba, mv.readonly, mv.tobytes())
for bad in [lambda: m.__setitem__(0, 1), lambda: mv.__setitem__(0, 256), lambda: mv.__setitem__(slice(0, 2), b"x"), lambda: m[10], lambda: memoryview("s")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
with memoryview(b"ab") as released:
    pass
try:
    released[0]
except ValueError as e:
    print(type(e).__name__, e)
print(memoryview(b"\x01\x00\x02\x00").cast("H").tolist(), memoryview(bytes(4)).cast("B").tolist())
