class Audited:
    def __init__(self):
        self.value = 3
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("access", name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.value * 2
a = Audited()
print(a.value)
print(a.method())
print(len.__name__, type(a).__name__)
class Masked:
    secret = "s3"
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<{name} via getattr>"
m = Masked()
print(m.secret, m.other, Masked.secret)
class Upper:
    def __getattribute__(self, name):
        return name.upper()
u = Upper()
print(u.abc, u.__class__, type(u).__name__)
print(repr(u)[:7])
