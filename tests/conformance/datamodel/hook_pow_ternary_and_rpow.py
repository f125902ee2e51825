class Mod:
    def __init__(self, v): self.v = v
    def __pow__(self, e, m=None):
        print("pow", self.v, e, m)
        return Mod(pow(self.v, e, m) if m is not None else self.v ** e)
    def __rpow__(self, b, m=None):
        print("rpow", b, self.v, m)
        return Mod(b ** self.v)
    def __ipow__(self, e):
        print("ipow", e)
        self.v **= e
        return self
    def __repr__(self): return f"Mod({self.v})"
print(Mod(3) ** 2, pow(Mod(3), 4, 5), 2 ** Mod(5), pow(2, Mod(3)))
x = Mod(2)
x **= 3
print(x)
try:
    pow(2, Mod(3), 5)
    print("three-arg pow tried __rpow__")
except TypeError as e:
    print(type(e).__name__, e)
class NoPow: pass
for f in [lambda: NoPow() ** 2, lambda: 2 ** NoPow(), lambda: pow(NoPow(), 2, 3), lambda: pow(1, 2, NoPow())]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(pow(2, 3, None), 2 ** -1, (-8) ** 2, pow(-1, 0.5) == 1j, 0 ** 0, pow(2.0, 3))
