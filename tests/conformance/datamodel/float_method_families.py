for x in [0.5, -2.0, 1e300, 3.14, 0.1, -0.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), x.conjugate(), x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("  0X1.FFFFFFFFFFFFFp1023 "), float.fromhex("inf"), float.fromhex("0x10"))
for call in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("0x1p5000"),
             lambda: float.fromhex("zz"), lambda: float("1,5"), lambda: float(""), lambda: float([1]), lambda: float("0x10"), lambda: 1.0.hex(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(float(" 1_000.5 "), float("-iNF"), float("nan") != float("nan"), float("1e-400"), float("1e400"), float(".5"), float("5."), float(True))
print((2.5).__floor__() if hasattr(float, "__floor__") else "-", float.__getformat__("double"), (7.0).__trunc__())
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(float(F()), float(I()))
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
