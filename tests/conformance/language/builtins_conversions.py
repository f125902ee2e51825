print(int("42"), int(3.99), int("-7"), int("  12\n"), int("ff", 16), int("0b11", 0), int(b"9"))
print(float("3.5"), float(2), float("-inf"), float("  1e-3 "), str(3.0), str(1e100))
print(str(b"ab"), bytes("hé", "utf-8"), bytes(3), bytearray(b"x"), list(b"ab"))
print(bool(""), bool("False"), bool(0.0), bool([0]), bool(None))
print(list("abc"), tuple([1, 2]), set([1, 1, 2]), dict([("a", 1), ("b", 2)]), dict(a=1, b=2))
print(list({"k": 1, "j": 2}), list({"k": 1}.items()), frozenset([3, 3]))
print(chr(65), ord("€"), hex(255), oct(8), bin(5), ascii("é"), repr("é"))
print(abs(-3.5), round(2.567, 2), divmod(17, 5), pow(2, 8), pow(2, 0.5))
print(complex("1+2j"), complex(1, 2), int(True), float(False))
for bad in ["int('1.5')", "float('abc')", "int(None)", "list(5)", "dict([1, 2])", "bytes('x')", "int('10', 1)"]:
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, "->", type(e).__name__, e)
