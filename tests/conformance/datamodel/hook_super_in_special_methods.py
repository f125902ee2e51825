class Base:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Base({self.x})"
    def __eq__(self, other):
        return isinstance(other, Base) and self.x == other.x
    __hash__ = object.__hash__
    def __getattr__(self, name):
        return f"Base.__getattr__({name})"
    def __init_subclass__(cls, **kwargs):
        cls.registered = True
        super().__init_subclass__(**kwargs)
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def __repr__(self):
        return "Child:" + super().__repr__()
    def __eq__(self, other):
        return super().__eq__(other) and getattr(other, "y", None) == self.y
    def __getattr__(self, name):
        if name == "special":
            return "Child handles special"
        return super().__getattr__(name)
c = Child(1, 2)
print(repr(c), c == Child(1, 2), c == Child(1, 3), c == Base(1), c.special, c.other, Child.registered)
class Meta(type):
    def __call__(cls, *args):
        instance = super().__call__(*args)
        instance.created_by_meta = True
        return instance
class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v
w = WithMeta(3)
print(w.v, w.created_by_meta)
