class OnlyNew:
    def __new__(cls, a, b):
        inst = super().__new__(cls)
        inst.total = a + b
        return inst
print(OnlyNew(1, 2).total)
try:
    OnlyNew(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
try:
    OnlyInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class BothCustom:
    def __new__(cls, *args, **kwargs):
        print("__new__", args, kwargs)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("__init__", x, y)
BothCustom(1, y=2)
class NewReturnsOther:
    def __new__(cls):
        return [1, 2]
    def __init__(self):
        print("not called for a foreign instance")
print(NewReturnsOther())
class NewReturnsSubclass:
    def __new__(cls):
        return super().__new__(Child)
    def __init__(self):
        print("__init__ runs for", type(self).__name__)
class Child(NewReturnsSubclass):
    pass
print(type(NewReturnsSubclass()).__name__)
try:
    object.__init__(OnlyInit(1), 5)
except TypeError as e:
    print(type(e).__name__, e)
