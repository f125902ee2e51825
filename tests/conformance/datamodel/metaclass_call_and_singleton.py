class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name
a = Config("first")
b = Config("second")
print(a is b, a.name)
class Other(metaclass=SingletonMeta):
    pass
print(Other() is Other(), Other() is a)
class CountingMeta(type):
    count = 0
    def __new__(mcls, name, bases, ns):
        mcls.count += 1
        ns["serial"] = mcls.count
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=CountingMeta):
    pass
class B(A):
    pass
print(A.serial, B.serial, CountingMeta.count)
