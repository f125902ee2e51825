class Tag:
    def __init__(self): self.names = []
    def __set_name__(self, owner, name):
        self.names.append(f"{owner.__name__}.{name}")
    def __get__(self, obj, owner): return self.names
shared = Tag()
class A:
    x = shared
    y = shared
class B(A):
    z = shared
print(shared.names, A.x is B.z)
class Order:
    def __init__(self, label): self.label = label
    def __set_name__(self, owner, name): print("set_name", self.label, name)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("meta new start", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("meta new end", name)
        return cls
class Host(metaclass=Meta):
    def __init_subclass__(cls): print("init_subclass", cls.__name__)
    first = Order("1")
    second = Order("2")
class Child(Host):
    third = Order("3")
class NotCalled:
    def __set_name__(self, owner, name): print("should not print")
class Later: pass
Later.attr = NotCalled()
setattr(Later, "other", NotCalled())
print(sorted(k for k in vars(Later) if not k.startswith("__")))
