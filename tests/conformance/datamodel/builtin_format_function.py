print(format(12), format("x"), format(None), format([1, 2]), format(3.0), format(1j))
print(format(12, ""), repr(format("", "<3")), format(None, ""))
try:
    format(None, "s")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec + "f" if spec else "") + "°C"
t = Temp(21.5)
print(format(t), format(t, ".1"), format(t, ".0F"), f"{t:.2}", "{:>8.1F}".format(t), f"{t!r:.4}"[:4])
class BadFormat:
    def __format__(self, spec): return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(e)
print(type(format(True)).__name__, format(True), format(True, "^6"), f"{True!s:>6}", format(1.5, "^10.3e"))
