class PluginMeta(type):
    plugins = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            mcls.plugins.append(cls)
            print("registered", name, sorted(k for k in ns if not k.startswith("__")))
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __repr__(cls):
        return f"<plugin {cls.__name__}>"
    def __len__(cls):
        return len(PluginMeta.plugins)
class Base(metaclass=PluginMeta): pass
class Alpha(Base, tag="a"):
    def run(self): return "alpha"
class Beta(Base):
    level = 2
print(PluginMeta.plugins, len(Base), Alpha.tag, Beta.tag, type(Alpha).__name__)
print([p().run() for p in PluginMeta.plugins if hasattr(p, "run")])
print(isinstance(Alpha, PluginMeta), isinstance(Alpha(), PluginMeta), PluginMeta.__mro__[1].__name__)
