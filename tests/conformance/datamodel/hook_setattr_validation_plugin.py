class Frozen:
    _frozen = False
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
        self._frozen = True
    def __setattr__(self, name, value):
        if self._frozen:
            raise AttributeError(f"cannot assign to field {name!r}")
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        if self._frozen:
            raise AttributeError(f"cannot delete field {name!r}")
        super().__delattr__(name)
f = Frozen(a=1, b="x")
print(f.a, f.b, sorted(vars(f)))
for action in [lambda: setattr(f, "a", 2), lambda: delattr(f, "b"), lambda: f.__setattr__("c", 3)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
object.__setattr__(f, "a", 99)
print(f.a)
class Coerce:
    def __setattr__(self, name, value):
        if name.endswith("_n"):
            value = int(value)
        object.__setattr__(self, name, value)
c = Coerce()
c.count_n = "42"
c.label = "42"
print(repr(c.count_n), repr(c.label))
try:
    c.bad_n = "x"
except ValueError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(Coerce, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
