class C:
    cls_attr = 1
    def __init__(self): self.a = 1
print(vars(C())["a"], "cls_attr" in vars(C), type(vars(C)).__name__, callable(C), callable(C()), callable(len), callable(None))
for bad in ["vars(1)", "vars(1, 2)", "format(1, 2)", "format(object(), 'x')", "ascii()", "callable()", "id()", "divmod(1)", "abs('a')",
            "chr(1.5)", "ord('ab')", "bin(1.0)", "len(5)", "iter(5)", "next([])", "sorted(1)", "any(1)", "all(None)", "repr()", "hash([])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(format(3.14159, ".2f"), format(42), format("x", ">3"), format(255, "#x"), format(1234567, ","), format(True), format(None))
print(ascii("héllo\n"), ascii(["é", b"\xe9"]), repr("é"), any([]), all([]), any(x > 2 for x in [1, 3]), all(iter([1, 0])))
print(isinstance(True, int), issubclass(bool, (str, int)), isinstance(C, type), issubclass(type, object), isinstance(type, type))
for bad in ["isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, 1)", "isinstance(1, (int, 1))", "isinstance(1, (str, 1))"]:
    try:
        print(bad, "=", eval(bad))
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)
print(abs(-2.5), abs(3 + 4j), abs(True), divmod(9, 4), divmod(-9.0, 4), max("abc"), min([3, 1], [2]), sum(range(5), start=-1))
print(round(2.5), round(3.5), round(-0.5), round(0.125, 2), round(1234, -2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(oct(-8), hex(-255), bin(0), oct(0o17), hex(2**64), bin(-5))
