class Lazy:
    def __init__(self):
        self.real = "present"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")

l = Lazy()
print(l.real, l.auto_value)
try:
    l.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(l, "missing", "default"), hasattr(l, "auto_x"))

class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)

r = Recorder()
r.a = 1
r.b = 2
del r.a
print(r.log, r.secret, r.b)
