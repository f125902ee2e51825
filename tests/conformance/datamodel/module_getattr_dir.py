import mods.lazy as lazy
print(lazy.eager, lazy.lazy_value, lazy.lazy_other)
print(sorted(lazy._computed))
try:
    lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(lazy))
from mods.lazy import lazy_imported
print(lazy_imported)
try:
    from mods.lazy import not_there
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
print(type(lazy).__name__, lazy.__name__, hasattr(lazy, "lazy_x"), hasattr(lazy, "nope"))
