class Desc:
    def __get__(self, obj, owner):
        return f"data descriptor on {owner.__name__}"
    def __set__(self, obj, value):
        raise AttributeError("read-only descriptor")

class NonDataDesc:
    def __get__(self, obj, owner):
        return "non-data descriptor"

class Base:
    shadowed = "class attribute"

class K(Base):
    data = Desc()
    nondata = NonDataDesc()
    def __getattr__(self, name):
        return f"__getattr__ fallback for {name}"

k = K()
k.__dict__["data"] = "instance value"
k.__dict__["nondata"] = "instance value"
print(k.data)
print(k.nondata)
print(k.shadowed, k.missing)
try:
    k.data = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Raising:
    @property
    def prop(self):
        raise AttributeError("inside property")
    def __getattr__(self, name):
        return f"__getattr__ called for {name} after property raised"
print(Raising().prop)
class Intercept:
    x = 1
    def __getattribute__(self, name):
        if name == "x":
            return "intercepted x"
        return super().__getattribute__(name)
i = Intercept()
print(i.x, type(i).x, i.__class__.__name__)
