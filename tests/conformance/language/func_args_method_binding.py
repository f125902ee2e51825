class Calc:
    factor = 3
    def scale(self, x):
        return x * self.factor
    def __repr__(self):
        return "Calc()"

c = Calc()
m = c.scale
print(m(2), m.__self__, m.__func__.__name__, Calc.scale(c, 3))
print(list(map(c.scale, [1, 2])), list(map(Calc.scale, [c, c], [5, 6])))
print(c.scale == c.scale, c.scale is c.scale, Calc.scale is Calc.scale)
def free(self):
    return f"free function bound to {self!r}"
Calc.free = free
print(c.free())
c.instance_fn = free
try:
    c.instance_fn()
except TypeError as e:
    print(type(e).__name__, e)
print(c.instance_fn("explicit"))
