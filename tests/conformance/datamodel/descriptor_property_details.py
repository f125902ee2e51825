class P:
    def __init__(self):
        self._x = 0
    def get_x(self):
        "The x property."
        return self._x
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x)
    y = property(lambda self: "read only")
    @property
    def z(self):
        """z doc"""
        return 1
p = P()
p.x = 5
print(p.x, P.x.__doc__, P.z.__doc__, P.x.fget.__name__, P.y.fset)
try:
    p.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
new_prop = P.x.setter(lambda self, v: setattr(self, "_x", v * 10))
print(new_prop is P.x, new_prop.fget is P.x.fget)
P.x = new_prop
p.x = 2
print(p.x)
print(isinstance(P.z, property), type(P.__dict__["z"]).__name__)
class Sub(P):
    @P.z.getter
    def z(self):
        return "overridden getter"
print(Sub().z, P().z)
