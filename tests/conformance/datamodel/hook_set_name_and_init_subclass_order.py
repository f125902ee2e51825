log = []
class Field:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        log.append(f"__set_name__ {owner.__name__}.{name} ({self.tag})")
class Base:
    def __init_subclass__(cls, **kw):
        log.append(f"__init_subclass__ {cls.__name__} {kw} fields_named={[f.tag for f in vars(cls).values() if isinstance(f, Field)]}")
        super().__init_subclass__()
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        log.append(f"Meta.__new__ {name} start")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log.append(f"Meta.__new__ {name} end")
        return cls
class Model(Base, metaclass=Meta, option=1):
    a = Field("first")
    b = Field("second")
print("\n".join(log))
class Broken:
    def __set_name__(self, owner, name):
        raise ValueError(f"cannot name {name}")
try:
    class Host:
        x = Broken()
except ValueError as e:
    print(type(e).__name__, e, "| notes:", getattr(e, "__notes__", None))
