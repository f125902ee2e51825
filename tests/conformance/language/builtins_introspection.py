class Sample:
    cls_attr = 1
    def method(self):
        pass

s = Sample()
s.inst_attr = 2
print([n for n in dir(s) if not n.startswith("__")])
print("method" in dir(Sample), "__init__" in dir(Sample))
print(getattr(s, "cls_attr"), getattr(Sample, "method").__name__)
print(type(s.method).__name__, type(Sample.method).__name__, type(len).__name__)
print(hasattr(s, "nope"), hasattr(s, "inst_attr"))
print(sorted(k for k in vars(Sample) if not k.startswith("__")))
print(Sample.__name__, Sample.__module__, Sample.__bases__, Sample.__mro__)
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
def f(a, b=1, *c, d, **e):
    pass
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
print(len.__name__, len.__doc__.splitlines()[0])
