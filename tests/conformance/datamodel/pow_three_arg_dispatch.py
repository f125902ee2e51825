print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 7), pow(3, 4, -5), pow(True, 2, 3), pow(10**20, 10**20, 97))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2, 3, "5"), ("2", 3, 5), (1j, 2, 3)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class Mod:
    def __pow__(self, other, mod=None):
        return ("Mod.__pow__", other, mod)
    def __rpow__(self, other, mod=None):
        return ("Mod.__rpow__", other, mod)
print(pow(Mod(), 2, 3), pow(Mod(), 2), 2 ** Mod(), pow(2, Mod()))
try:
    print(pow(2, Mod(), 3))
except TypeError as e:
    print(type(e).__name__, e)
print(int.__pow__(2, 3, 5), int.__pow__(2, 3, 5.0), int.__pow__(2, 3.0), float.__pow__(2.0, 3))
try:
    float.__pow__(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=3, mod=5), pow(2, exp=10))
