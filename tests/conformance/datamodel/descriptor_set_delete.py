class Logged:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        print(f"get {self.name}")
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        print(f"set {self.name} = {value!r}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print(f"delete {self.name}")
        obj.__dict__.pop(self.name, None)

class Model:
    field = Logged()
m = Model()
print(m.field)
m.field = 3
print(m.field)
del m.field
print(m.field)
print(type(Model.field).__name__, Model.field.name)
class Late:
    pass
d = Logged()
Late.attr = d
try:
    Late().attr
except AttributeError as e:
    print(type(e).__name__, e)
d.__set_name__(Late, "attr")
print(Late().attr)
