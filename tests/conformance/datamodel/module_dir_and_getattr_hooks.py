import types
m = types.ModuleType("plugin", "A dynamic plugin module.")
print(m.__name__, m.__doc__, sorted(dir(m)), repr(m))
m.version = "1.0"
m.__dir__ = lambda: ["version", "virtual"]
print(dir(m))
def module_getattr(name):
    if name == "virtual":
        return "computed"
    raise AttributeError(f"module 'plugin' has no attribute {name!r}")
m.__getattr__ = module_getattr
print(m.virtual, getattr(m, "nothing", "default"), hasattr(m, "virtual"))
try:
    m.nothing
except AttributeError as e:
    print(type(e).__name__, e)
del m.__dir__
print(sorted(dir(m)))
m.__dir__ = lambda: ("b", "a")
print(dir(m))
m.__dir__ = 5
try:
    dir(m)
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()), "__dir__" in dir(Custom))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)
