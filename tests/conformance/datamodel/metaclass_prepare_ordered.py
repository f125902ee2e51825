class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = tuple(ns.order)
        return cls
class Form(metaclass=Meta, strict=True):
    name = "str"
    age = "int"
    name = "text"
    def validate(self): pass
print(Form.field_order, Form.name)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise KeyError(f"duplicate {k}")
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases): return NoDup()
try:
    class C(metaclass=Strict):
        a = 1
        a = 2
except KeyError as e:
    print(type(e).__name__, e)
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases): return 42
try:
    class D(metaclass=BadPrep): pass
except TypeError as e:
    print(type(e).__name__, e)
