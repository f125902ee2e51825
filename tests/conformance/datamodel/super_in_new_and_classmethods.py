class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError(f"{cls.__name__} must be >= 0, got {value}")
        return super().__new__(cls, value)
    @classmethod
    def parse(cls, s):
        return cls(int(s))
class Port(Positive):
    def __new__(cls, value):
        obj = super().__new__(cls, value)
        if obj > 65535:
            raise ValueError("port out of range")
        return obj
print(Port(80), Port.parse("443"), type(Port.parse("1")).__name__, Port(8) + 1, type(Port(8) + 1).__name__)
for bad in [-1, 70000]:
    try:
        Port(bad)
    except ValueError as e:
        print(type(e).__name__, e)
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @staticmethod
    def util():
        return "util"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child>" + super().create()
    @staticmethod
    def util():
        return "child " + super(Child, Child).util()
print(Child.create(), Child().create(), Child.util())
class P:
    @property
    def value(self): return "P.value"
class Q(P):
    @property
    def value(self): return "Q+" + super().value
print(Q().value)
class WithSlots:
    __slots__ = ()
    def __new__(cls, *args):
        print("new args", args)
        return super().__new__(cls)
    def __init__(self, *args): pass
print(type(WithSlots(1, 2)).__name__)
