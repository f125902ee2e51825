class Plain:
    pass

p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
class WithRepr:
    def __repr__(self):
        return "WithRepr()"
print(str(WithRepr()), [WithRepr()], f"{WithRepr()}")
class WithStr:
    def __str__(self):
        return "just str"
w = WithStr()
print(str(w), repr(w).startswith("<__main__.WithStr"), [str(w)])
print(repr(Plain), repr(int), repr(len))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
