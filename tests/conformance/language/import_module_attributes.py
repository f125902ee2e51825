import modules.star_source as m
print(m.__name__, m.__spec__.name, m.__file__.endswith("star_source.py"))
m.added = "set from outside"
import modules.star_source as again
print(again.added)
print(__name__, "__builtins__" in globals())
print(sorted(n for n in dir(m) if not n.startswith("__")))
import shapes.solid
print(shapes.solid.__path__ is not None, hasattr(m, "__path__"))
