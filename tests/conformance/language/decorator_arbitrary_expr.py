# PEP 614: any expression may be a decorator.
decorators = {"double": lambda f: lambda x: f(x) * 2, "neg": lambda f: lambda x: -f(x)}

@decorators["double"]
def inc(x):
    return x + 1

@(lambda f: f)
def identity(x):
    return x

class Holder:
    def __init__(self):
        self.calls = []
    def log(self, fn):
        self.calls.append(fn.__name__)
        return fn

h = Holder()

@h.log
def one():
    pass

@decorators["neg"] if True else None
def five(x):
    return 5

print(inc(1), identity("same"), h.calls, five(0))
