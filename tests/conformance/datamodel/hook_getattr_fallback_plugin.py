class Registry:
    def __init__(self):
        self._handlers = {"save": lambda: "saved", "load": lambda: "loaded"}
    def __getattr__(self, name):
        if name.startswith("on_"):
            key = name[3:]
            if key in self._handlers:
                return self._handlers[key]
        raise AttributeError(f"{type(self).__name__!r} has no handler {name!r}")
r = Registry()
print(r.on_save(), r.on_load(), getattr(r, "on_quit", "default"), hasattr(r, "on_quit"))
try:
    r.on_quit
except AttributeError as e:
    print(type(e).__name__, e)
class Quiet:
    x = 1
    def __getattr__(self, name):
        print("getattr for", name)
        return 0
q = Quiet()
print(q.x, q.y)
q.z = 5
print(q.z)
class Failing:
    @property
    def broken(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"fallback {name}"
print(Failing().broken)
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    getattr(Raises(), "a", "dflt")
except KeyError as e:
    print(type(e).__name__, e)
class NoGA: pass
try:
    NoGA().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
