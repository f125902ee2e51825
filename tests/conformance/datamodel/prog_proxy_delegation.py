class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(f"get {name}")
        attr = getattr(self._target, name)
        if callable(attr):
            def wrapper(*args, **kwargs):
                self._log.append(f"call {name}{args}")
                return attr(*args, **kwargs)
            return wrapper
        return attr
    def __setattr__(self, name, value):
        self._log.append(f"set {name}")
        setattr(self._target, name, value)
    def __len__(self):
        return len(self._target)
    def __getitem__(self, key):
        self._log.append(f"item {key!r}")
        return self._target[key]
    def __iter__(self):
        return iter(self._target)
    def __repr__(self):
        return f"LoggingProxy({self._target!r})"

data = LoggingProxy([3, 1, 2])
data.append(0)
data.sort()
print(data, len(data), data[0], list(data), data.count(1))
print(data._log)
class Obj:
    value = 1
o = LoggingProxy(Obj())
o.value = 5
print(o.value, o._log)
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    data + [1]
except TypeError as e:
    print(type(e).__name__, e)
