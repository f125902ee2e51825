class Singleton:
    _instance = None
    def __new__(cls, *args):
        print("__new__", args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("__init__", value)
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(1, 2)
print(p, p.x, len(p), isinstance(p, tuple))
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
