def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls

def register(registry):
    def decorate(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return decorate

REGISTRY = {}

@register(REGISTRY)
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin

print(User("ann"), REGISTRY["user"] is User)

class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)

@CountCalls
def square(x):
    return x * x

print(square(3), square(4), square.calls, type(square).__name__)
