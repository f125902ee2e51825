class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
class Csv(Plugin, name="csv", priority=2): pass
class Json(Plugin, priority=5): pass
class Yaml(Json, name="yml"): pass
for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)
try:
    class Bad(Plugin, colour="red"): pass
except TypeError as e:
    print(type(e).__name__, e)
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, cls.__mro__[1].__name__)
class X(Base): pass
class Y(X): pass
print(type(Base.__dict__["__init_subclass__"]).__name__)
try:
    class Z(object, flag=True): pass
except TypeError as e:
    print(type(e).__name__, e)
