class Config:
    _settings = {"debug": False}
    @classmethod
    def get(cls, key):
        return cls._settings[key]
    @classmethod
    def derived(cls, **changes):
        return type(f"{cls.__name__}Derived", (cls,), {"_settings": {**cls._settings, **changes}})
Dev = Config.derived(debug=True, verbose=1)
print(Config.get("debug"), Dev.get("debug"), Dev.get("verbose"), Dev.__name__, Dev.__mro__[1].__name__)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    calls = 0
    @Lazy
    def expensive(self):
        Report.calls += 1
        return sum(range(1000))
r = Report()
print(r.expensive, r.expensive, Report.calls, "expensive" in vars(r), type(Report.expensive).__name__)
