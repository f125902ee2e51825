class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if kwargs.get("register", True):
            mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        cls.tag = kwargs.get("tag", "none")
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

class Plugin(metaclass=Registry):
    def __init__(self, v=0):
        self.v = v

class Audio(Plugin, tag="sound"):
    pass

class Hidden(Plugin, register=False):
    pass

print(Registry.classes, Audio.tag, Plugin.tag)
a = Audio(5)
print(a.v, type(Audio).__name__, type(type).__name__)
print(isinstance(Audio, Registry), isinstance(a, Registry))
