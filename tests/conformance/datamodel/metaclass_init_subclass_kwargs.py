class Registry(type):
    plugins = {}
    def __new__(mcls, name, bases, ns, /, prefix="", **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if bases:
            Registry.plugins[prefix + name.lower()] = cls
        return cls
    def __init__(cls, name, bases, ns, /, prefix="", **kw):
        super().__init__(name, bases, ns, **kw)
        cls.prefix = prefix
    def __call__(cls, *args, **kw):
        inst = super().__call__(*args, **kw)
        inst.created_by = cls.__name__
        return inst
class Base(metaclass=Registry):
    def __init_subclass__(cls, /, version=1, **kw):
        super().__init_subclass__(**kw)
        cls.version = version
class CSV(Base, prefix="fmt-", version=2):
    pass
class JSON(Base):
    pass
print(sorted(Registry.plugins), CSV.version, JSON.version, CSV.prefix, JSON.prefix, CSV().created_by, type(CSV).__name__)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Plain, flag=True):
    pass
try:
    class Nope(object, x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type.__call__(Child).__class__.__name__, Registry.__call__(JSON).created_by)
