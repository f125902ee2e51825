class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        ns = {"injected": "by __prepare__"}
        return ns
    def __new__(mcls, name, bases, ns, **kwargs):
        print("__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print("__init__", name)
        super().__init__(name, bases, ns)

class Model(metaclass=OrderedMeta, flavour="x"):
    b = 1
    a = 2
    def method(self):
        return injected
print(Model.injected, Model().method() if False else "skip")
class LoggingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("class body sets", key)
        super().__setitem__(key, value)
class LogMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return LoggingDict()
class Logged(metaclass=LogMeta):
    x = 1
    def f(self):
        pass
    x = 2
print(Logged.x, type(Logged.__dict__).__name__)
