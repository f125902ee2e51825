class Api:
    def __init__(self): self.token = "t"
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Api()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class TupleDir:
    def __dir__(self): return ("b", "a")
print(dir(TupleDir()))
class Plain:
    cls_attr = 1
    def __init__(self): self.inst = 2
    def method(self): pass
names = [n for n in dir(Plain()) if not n.startswith("__")]
print(names, [n for n in dir(Plain) if not n.startswith("__")])
class Meta(type):
    def __dir__(cls): return ["from_meta"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), [n for n in dir(WithMeta()) if not n.startswith("__")])
