class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x, *, twice=False):
        r = x * self.factor
        return r * 2 if twice else r
m = Multiplier(3)
print(m(2), m(2, twice=True), callable(m), list(map(m, [1, 2])))
try:
    m(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
class Made(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(Made(5).x)
class CallableClassAttr:
    __call__ = lambda self, y: f"lambda call {y}"
print(CallableClassAttr()(4))
obj = Multiplier(2)
obj.__call__ = lambda x: "instance attribute is ignored"
print(obj(10))
