print(abs(-5), abs(5.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2**100))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7.5, -2), divmod(True, 2))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(-8, 1 / 3) == (-8) ** (1 / 3))
print(pow(3, 4, 5), pow(-3, 3, 7), pow(3, -2, 7), pow(10**20, 10**20, 97), pow(0, 0), pow(0.0, 0))
class Absolutely:
    def __abs__(self):
        return "custom abs"
    def __divmod__(self, other):
        return ("q", "r")
    def __pow__(self, exp, mod=None):
        return f"pow({exp}, {mod})"
a = Absolutely()
print(abs(a), divmod(a, 3), pow(a, 2), pow(a, 2, 5), a ** 3)
for bad in ["abs('x')", "divmod('a', 1)", "pow(2, 3, 0)", "pow(2.0, 3, 5)", "divmod(1, 0.0)"]:
    try:
        eval(bad)
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__, e)
