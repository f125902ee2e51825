class Tracing(type):
    def __call__(cls, *args, **kwargs):
        print(f"Tracing.__call__({cls.__name__}, {args}, {kwargs})")
        obj = super().__call__(*args, **kwargs)
        print("constructed", type(obj).__name__)
        return obj
class Widget(metaclass=Tracing):
    def __new__(cls, *args, **kw):
        print("Widget.__new__", args)
        return super().__new__(cls)
    def __init__(self, name, size=1):
        print("Widget.__init__", name, size)
        self.name = name
w = Widget("btn", size=3)
print(w.name)
class Other:
    pass
class Factory(metaclass=Tracing):
    def __new__(cls, kind):
        if kind == "other":
            return Other()
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", kind)
print(type(Factory("self")).__name__)
print(type(Factory("other")).__name__)
class NoInit(type):
    def __call__(cls, *a):
        return ("intercepted", cls.__name__, a)
class X(metaclass=NoInit):
    def __init__(self): raise RuntimeError("never")
print(X(1, 2))
try:
    Widget()
except TypeError as e:
    print(type(e).__name__, e)
