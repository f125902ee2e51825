def make_handler(name, verbs):
    ns = {verb: (lambda self, v=verb: f"{type(self).__name__}.{v}") for verb in verbs}
    ns["verbs"] = tuple(verbs)
    ns["__repr__"] = lambda self: f"<{name} handler>"
    return type(name, (Base,), ns)
class Base:
    def describe(self): return ", ".join(getattr(self, v)() for v in self.verbs)
Get = make_handler("GetHandler", ["get", "head"])
Post = make_handler("PostHandler", ["post"])
for cls in (Get, Post):
    obj = cls()
    print(cls.__name__, cls.__qualname__, cls.__module__, cls.__bases__, obj, obj.describe())
print(Get.__mro__, issubclass(Get, Base), type(Get) is type)
for args in [("X",), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (), []), ("X", (1,), {})]:
    try:
        r = type(*args)
        print(r)
    except TypeError as e:
        print(type(e).__name__, e)
T = type("T", (), {"__slots__": ("a",), "__doc__": "dyn", "__qualname__": "Outer.T"})
print(T.__doc__, T.__qualname__, T.__name__, hasattr(T(), "__dict__"))
