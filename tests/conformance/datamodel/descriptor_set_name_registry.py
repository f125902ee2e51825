class Field:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default
    def __set_name__(self, owner, name):
        print(f"bind {owner.__name__}.{name}")
        self.name = name
        self.slot = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.slot, value)
class Config:
    host = Field(str, "localhost")
    port = Field(int, 8080)
    debug = Field(bool, False)
c = Config()
print(c.host, c.port, c.debug)
c.port = 9000
print(c.port, c.__dict__)
try:
    c.port = "80"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Config.host).__name__, Config.port.slot)
f = Field(int)
class Late: pass
Late.x = f
print(hasattr(f, "name"))
f.__set_name__(Late, "x")
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class K:
        attr = Boom()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "")
