class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        print("Base setter")
        self._v = value
class Child(Base):
    @Base.v.setter
    def v(self, value):
        print("Child setter")
        Base.v.fset(self, value * 2)
c = Child()
c.v = 5
print(c.v)
class GetterOverride(Base):
    @property
    def v(self):
        return "child getter only"
g = GetterOverride()
print(g.v)
try:
    g.v = 3
except AttributeError as e:
    print(type(e).__name__, e)
class UsesSuper(Base):
    @property
    def v(self):
        return super().v * 100
print(UsesSuper().v)
