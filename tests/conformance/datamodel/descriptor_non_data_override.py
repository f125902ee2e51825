class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        print("computing", self.name)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    def __init__(self, rows): self.rows = rows
    @Lazy
    def total(self):
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, "total" in vars(r))
del r.total
print(r.total)
class DataDesc:
    def __get__(self, obj, owner): return "from descriptor"
    def __set__(self, obj, v): print("set blocked", v)
class Holder:
    d = DataDesc()
h = Holder()
h.__dict__["d"] = "from dict"
print(h.d)
h.d = 5
print(h.__dict__)
class OnlySet:
    def __set__(self, obj, v): obj.__dict__["s"] = v * 2
class H2:
    s = OnlySet()
h2 = H2()
print(type(H2.__dict__["s"]).__name__, type(h2.s).__name__)
h2.s = 4
print(h2.s)
class OnlyDelete:
    def __delete__(self, obj): print("delete hook")
class H3:
    x = OnlyDelete()
h3 = H3()
h3.__dict__["x"] = 1
print(h3.x is H3.__dict__["x"])
del h3.x
try:
    h3.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
