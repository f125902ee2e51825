class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
    def __repr__(self):
        return f"Frozen({vars(self)})"

f = Frozen(a=1, b=2)
print(f)
for action in [lambda: setattr(f, "a", 5), lambda: delattr(f, "b"), lambda: f.__setattr__("c", 1)]:
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        super().__setattr__(name, value)
v = Validated()
v.age = 5
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
class Watch:
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
w = Watch()
w.x = 1
del w.x
try:
    del w.x
except AttributeError as e:
    print(type(e).__name__, e)
